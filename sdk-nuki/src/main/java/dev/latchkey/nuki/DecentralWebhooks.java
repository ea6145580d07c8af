package dev.latchkey.nuki;

import dev.latchkey.core.http.ApiRequest;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.nuki.webhook.NukiWebhookFeature;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The decentral webhooks of the API key ({@code /api/decentralWebhook}): where Nuki posts the results of
 * advanced calls and the device webhooks of the features registered. Registering and deleting are writes,
 * sent exactly once; listing is a read.
 */
public final class DecentralWebhooks {

  private final NukiHttp http;

  DecentralWebhooks(NukiHttp http) {
    this.http = http;
  }

  /**
   * Registers a webhook ({@code PUT /api/decentralWebhook}); Nuki answers with its id and signing secret.
   *
   * @param url where Nuki posts; Nuki requires https
   * @param features the device features to receive (results of advanced calls are sent regardless)
   * @return the webhook, with its {@link RegisteredWebhook#secret() secret}
   * @throws NukiException when Nuki refuses it (400: not an https URL)
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an unreadable answer
   * @throws IllegalArgumentException when a feature is {@code UNKNOWN_TO_SDK_VERSION}
   */
  public RegisteredWebhook register(String url, Set<NukiWebhookFeature> features) {
    Objects.requireNonNull(url, "url");
    JsonValue.ArrayBuilder names = JsonValue.array();
    for (NukiWebhookFeature feature : features) {
      if (!feature.isKnown()) {
        throw new IllegalArgumentException("UNKNOWN_TO_SDK_VERSION is not a feature to register");
      }
      names.add(feature.wireValue());
    }
    JsonValue body = JsonValue.object().put("webhookUrl", url).put("webhookFeatures", names).build();
    JsonValue answer = http.writeJson(ApiRequest.put("/api/decentralWebhook").jsonBody(body));
    if (!answer.isObject()) {
      throw NukiHttp.SHAPE.wrongShape("the registered webhook is not an object");
    }
    return RegisteredWebhook.fromJson(answer);
  }

  /**
   * Lists the registered webhooks ({@code GET /api/decentralWebhook}).
   *
   * @return the webhooks
   * @throws NukiException when Nuki answers with an error
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an unreadable answer
   */
  public List<RegisteredWebhook> list() {
    return http.readList(ApiRequest.get("/api/decentralWebhook"), RegisteredWebhook::fromJson);
  }

  /**
   * Unregisters a webhook ({@code DELETE /api/decentralWebhook/{id}}).
   *
   * @param id the webhook's id
   * @throws NukiException when Nuki answers with an error
   * @throws dev.latchkey.core.LatchkeyException on a network failure
   */
  public void delete(long id) {
    http.write(ApiRequest.delete("/api/decentralWebhook/" + id));
  }
}
