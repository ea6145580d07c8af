package dev.latchkey.nuki;

import dev.latchkey.core.Secret;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.nuki.webhook.NukiWebhookFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decentral webhook registered for the API key (schema {@code DecentralWebhook}): its id, URL, features, and
 * the secret Nuki signs its deliveries with (give it to {@link dev.latchkey.nuki.webhook.NukiWebhookVerifier}).
 * {@link #toString()} never shows the secret. Immutable; read from the Web API's answers.
 */
public final class RegisteredWebhook {

  private final long id;
  private final String url;
  private final List<String> rawFeatures;
  private final Secret secret;

  private RegisteredWebhook(long id, String url, List<String> rawFeatures, Secret secret) {
    this.id = id;
    this.url = url;
    this.rawFeatures = List.copyOf(rawFeatures);
    this.secret = secret;
  }

  static RegisteredWebhook fromJson(JsonValue json) {
    List<String> features = new ArrayList<>();
    for (JsonValue f : json.path("webhookFeatures")) {
      if (f.isString()) {
        features.add(f.stringValue());
      }
    }
    return new RegisteredWebhook(NukiHttp.SHAPE.requireLong(json, "id", "a decentral webhook"),
        json.optString("webhookUrl").orElse(""), features,
        json.optString("secret").filter(s -> !s.isBlank()).map(Secret::of).orElse(null));
  }

  /** {@return the webhook's id, to delete it} */
  public long id() {
    return id;
  }

  /** {@return the URL Nuki posts to} */
  public String url() {
    return url;
  }

  /** {@return the features it is registered for; unknown ones as {@code UNKNOWN_TO_SDK_VERSION}} */
  public List<NukiWebhookFeature> features() {
    return rawFeatures.stream().map(NukiWebhookFeature::fromWire).toList();
  }

  /** {@return the features as received} */
  public List<String> rawFeatures() {
    return rawFeatures;
  }

  /** {@return the signing secret; Nuki sends it when the webhook is registered, and may omit it in lists} */
  public Optional<Secret> secret() {
    return Optional.ofNullable(secret);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RegisteredWebhook)) {
      return false;
    }
    RegisteredWebhook other = (RegisteredWebhook) o;
    return id == other.id && url.equals(other.url) && rawFeatures.equals(other.rawFeatures)
        && Objects.equals(secret, other.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, url, rawFeatures);
  }

  /** The id, URL and features; never the secret. */
  @Override
  public String toString() {
    return "RegisteredWebhook{id=" + id + ", url=" + url + ", features=" + rawFeatures + "}";
  }
}
