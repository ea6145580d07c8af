package dev.latchkey.testkit;

import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonValue;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A webhook a vendor simulator asks its {@link SimulatorServer} to POST to a callback URL, with
 * {@link SimulatorServer#deliver(Webhook)}: the body, the vendor's signer, and its {@link WebhookScript} (how the
 * delivery misbehaves: a delay, duplicates, or loss).
 *
 * <p>Immutable and thread-safe. The callback must be on the loopback interface: tests never call real hosts.
 *
 * <pre>{@code
 * Webhook webhook = Webhook.builder(URI.create(callbackUrl))
 *     .json(JsonValue.object().put("feature", "DEVICE_STATUS").build())
 *     .signer(nukiSigner)
 *     .script(WebhookScript.builder().duplicates(1).build())
 *     .build();
 * }</pre>
 */
public final class Webhook {

  private final URI url;
  private final byte[] body;
  private final Map<String, String> headers;
  private final WebhookSigner signer;
  private final WebhookScript script;
  private final String id;

  private Webhook(Builder builder) {
    this.url = builder.url;
    this.body = builder.body;
    Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(builder.headers);
    this.headers = Collections.unmodifiableMap(copy);
    this.signer = builder.signer;
    this.script = builder.script;
    this.id = builder.id;
  }

  /**
   * Starts a webhook to a callback URL.
   *
   * @param callbackUrl an {@code http} URL on {@code 127.0.0.1}, {@code localhost} or another loopback address
   * @return the builder
   * @throws IllegalArgumentException when the URL is not an http URL on a loopback address
   */
  public static Builder builder(URI callbackUrl) {
    return new Builder(callbackUrl);
  }

  /** {@return the callback URL} */
  public URI url() {
    return url;
  }

  /** {@return a copy of the body to POST} */
  public byte[] body() {
    return body.clone();
  }

  byte[] bodyUnsafe() {
    return body;
  }

  /** {@return the unsigned headers, {@code Content-Type} included; lookups ignore case} */
  public Map<String, String> headers() {
    return headers;
  }

  /** {@return the vendor's signer, {@link WebhookSigner#UNSIGNED} by default} */
  public WebhookSigner signer() {
    return signer;
  }

  /** {@return how the delivery misbehaves; by default it does not: no delay, no duplicates, not lost} */
  public WebhookScript script() {
    return script;
  }

  /** {@return the delivery id chosen by the simulator, or null to let the server number it} */
  public String idOrNull() {
    return id;
  }

  /**
   * Names the webhook without its body.
   *
   * @return text such as {@code Webhook[http://127.0.0.1:4000/hook, 120 bytes]}
   */
  @Override
  public String toString() {
    return "Webhook[" + url + ", " + body.length + " bytes" + (script.lost() ? ", lost" : "")
        + (script.duplicates() == 0 ? "" : ", +" + script.duplicates() + " duplicates") + "]";
  }

  /** Builds a {@link Webhook}. Not thread-safe. */
  public static final class Builder {
    private final URI url;
    private byte[] body = new byte[0];
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private WebhookSigner signer = WebhookSigner.UNSIGNED;
    private WebhookScript script = WebhookScript.builder().build();
    private String id;

    private Builder(URI url) {
      Objects.requireNonNull(url, "callbackUrl");
      if (!"http".equals(url.getScheme()) || url.getHost() == null || !isLoopback(url.getHost())) {
        throw new IllegalArgumentException("a webhook callback must be an http URL on a loopback address");
      }
      this.url = url;
    }

    private static boolean isLoopback(String host) {
      try {
        // Only literal addresses and localhost: no lookup of other names, so no real host is ever called.
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        boolean literal = bare.equals("localhost") || bare.contains(":") || bare.matches("[0-9.]+");
        return literal && InetAddress.getByName(bare).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }

    /**
     * A JSON body written by sdk-core's JSON writer, sent as {@code application/json}.
     *
     * @param json the body
     * @return this builder
     */
    public Builder json(JsonValue json) {
      return body("application/json", Json.write(Objects.requireNonNull(json, "json")));
    }

    /**
     * A body the simulator chooses byte for byte.
     *
     * @param contentType the {@code Content-Type} header value
     * @param bytes the body, copied
     * @return this builder
     */
    public Builder body(String contentType, byte[] bytes) {
      this.body = bytes.clone();
      return header("Content-Type", contentType);
    }

    /**
     * A text body, encoded as UTF-8.
     *
     * @param contentType the {@code Content-Type} header value
     * @param text the body
     * @return this builder
     */
    public Builder body(String contentType, String text) {
      return body(contentType, Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds an unsigned header, such as a vendor's event-type header.
     *
     * @param name the header name
     * @param value the header value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The vendor's signer, called once per attempt (default: unsigned).
     *
     * @param signer the signer
     * @return this builder
     */
    public Builder signer(WebhookSigner signer) {
      this.signer = Objects.requireNonNull(signer, "signer");
      return this;
    }

    /**
     * How the delivery misbehaves (default: it does not).
     *
     * @param script the delay, duplicates or loss
     * @return this builder
     */
    public Builder script(WebhookScript script) {
      this.script = Objects.requireNonNull(script, "script");
      return this;
    }

    /**
     * A delivery id of the simulator's choosing, such as a vendor's event id (default {@code whk_<n>}).
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Builds the webhook.
     *
     * @return the webhook
     */
    public Webhook build() {
      return new Webhook(this);
    }
  }
}
