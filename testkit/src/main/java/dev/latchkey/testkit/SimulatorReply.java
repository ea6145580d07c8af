package dev.latchkey.testkit;

import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A response a {@link SimulatorServer} route answers with: a status, headers and a body.
 *
 * <p>Immutable and thread-safe; {@link #withHeader} returns a copy. Made by the factories: {@link #json},
 * {@link #empty}, {@link #text}, {@link #html} and {@link #bytes}.
 */
public final class SimulatorReply {

  private static final String CONTENT_TYPE = "Content-Type";

  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;

  private SimulatorReply(int status, Map<String, String> headers, byte[] body) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status out of range: " + status);
    }
    this.status = status;
    Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body;
  }

  /**
   * A JSON body written by sdk-core's JSON writer, {@code application/json; charset=utf-8}.
   *
   * @param status the HTTP status
   * @param body the JSON tree
   * @return the reply
   */
  public static SimulatorReply json(int status, JsonValue body) {
    return bytes(status, "application/json; charset=utf-8", Json.write(Objects.requireNonNull(body, "body")));
  }

  /**
   * A 200 reply with a JSON body.
   *
   * @param body the JSON tree
   * @return the reply
   */
  public static SimulatorReply json(JsonValue body) {
    return json(200, body);
  }

  /**
   * A reply without body or content type, such as 204.
   *
   * @param status the HTTP status
   * @return the reply
   */
  public static SimulatorReply empty(int status) {
    return new SimulatorReply(status, Map.of(), new byte[0]);
  }

  /**
   * A plain-text body, {@code text/plain; charset=utf-8}.
   *
   * @param status the HTTP status
   * @param text the body
   * @return the reply
   */
  public static SimulatorReply text(int status, String text) {
    return bytes(status, "text/plain; charset=utf-8", utf8(text));
  }

  /**
   * An HTML page, {@code text/html; charset=utf-8}, as a proxy or a load balancer answers instead of the API.
   *
   * @param status the HTTP status
   * @param html the page
   * @return the reply
   */
  public static SimulatorReply html(int status, String html) {
    return bytes(status, "text/html; charset=utf-8", utf8(html));
  }

  /**
   * A body the test chooses byte for byte (truncated JSON, a wrong charset, ...).
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type} header value
   * @param body the bytes, copied
   * @return the reply
   */
  public static SimulatorReply bytes(int status, String contentType, byte[] body) {
    return new SimulatorReply(
        status, Map.of(CONTENT_TYPE, Objects.requireNonNull(contentType, "contentType")), body.clone());
  }

  /**
   * A copy with one more header, replacing any header of the same name (names are case-insensitive).
   *
   * @param name the header name
   * @param value the header value
   * @return the new reply
   */
  public SimulatorReply withHeader(String name, String value) {
    Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new SimulatorReply(status, copy, body);
  }

  /** {@return the HTTP status} */
  public int status() {
    return status;
  }

  /** {@return the response headers ({@code Content-Type} included when there is a body); lookups ignore case} */
  public Map<String, String> headers() {
    return headers;
  }

  /** {@return a copy of the body, empty when there is none} */
  public byte[] body() {
    return body.clone();
  }

  /** {@return the body decoded as UTF-8, empty when there is none} */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  int bodyLength() {
    return body.length;
  }

  byte[] bodyUnsafe() {
    return body;
  }

  private static byte[] utf8(String text) {
    return Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Shows status, content type and size, not the body.
   *
   * @return text such as {@code SimulatorReply[200 application/json, 42 bytes]}
   */
  @Override
  public String toString() {
    return "SimulatorReply[" + status + " " + headers.getOrDefault(CONTENT_TYPE, "no body") + ", " + body.length
        + " bytes]";
  }
}
