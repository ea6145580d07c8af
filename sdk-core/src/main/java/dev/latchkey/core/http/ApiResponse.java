package dev.latchkey.core.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful (2xx) response as received, for vendor modules that read the body themselves. The body is at
 * most the transport's {@code maxResponseBytes}. {@link #toString()} never shows the body, which may hold
 * secrets such as PINs. Immutable.
 */
public final class ApiResponse {

  private final int status;
  private final okhttp3.Headers rawHeaders;
  private volatile Map<String, List<String>> headers;
  private final byte[] body;
  private final int attempts;

  /**
   * Creates a response.
   *
   * @param status the HTTP status
   * @param headers the headers; names are matched case-insensitively
   * @param body the body bytes (copied)
   */
  public ApiResponse(int status, Map<String, List<String>> headers, byte[] body) {
    this.status = status;
    this.rawHeaders = null;
    this.headers = HeaderMaps.normalise(headers);
    this.body = Objects.requireNonNull(body, "body").clone();
    this.attempts = 1;
  }

  /**
   * Takes ownership of the body array and keeps OkHttp's headers as they are: the transport's fast path,
   * which builds the header map only if someone asks for it.
   */
  ApiResponse(int status, okhttp3.Headers headers, byte[] body, int attempts) {
    this.status = status;
    this.rawHeaders = Objects.requireNonNull(headers, "headers");
    this.body = body;
    this.attempts = attempts;
  }

  /** The body without a defensive copy, for the transport's own parsing. */
  byte[] bodyBytes() {
    return body;
  }

  /**
   * How many attempts it took to get this response (1 when the first one succeeded), for exceptions raised
   * while reading it.
   *
   * @return the attempt count, at least 1
   */
  public int attempts() {
    return attempts;
  }

  /** {@return the HTTP status} */
  public int status() {
    return status;
  }

  /** {@return the headers, with lower-case names} */
  public Map<String, List<String>> headers() {
    Map<String, List<String>> map = headers;
    if (map == null) {
      map = HeaderMaps.normalise(rawHeaders.toMultimap());
      headers = map;
    }
    return map;
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, any case
   * @return the value, if present
   */
  public Optional<String> header(String name) {
    return rawHeaders != null ? Optional.ofNullable(rawHeaders.get(name)) : HeaderMaps.first(headers, name);
  }

  /** {@return the media type of the body without parameters, lower case, if the response declares one} */
  public Optional<String> contentType() {
    return header("content-type").map(HeaderMaps::mediaType);
  }

  /** {@return a copy of the body bytes} */
  public byte[] body() {
    return body.clone();
  }

  /** {@return the body decoded as UTF-8} */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** {@return the number of body bytes} */
  public int bodyLength() {
    return body.length;
  }

  /** Status, content type and length; never the body. */
  @Override
  public String toString() {
    return "ApiResponse{status=" + status + ", contentType=" + contentType().orElse("none")
        + ", bodyLength=" + body.length + "}";
  }

  /** Header map helpers shared by the response types. */
  static final class HeaderMaps {
    private HeaderMaps() {}

    static Map<String, List<String>> normalise(Map<String, List<String>> headers) {
      Objects.requireNonNull(headers, "headers");
      java.util.TreeMap<String, List<String>> copy = new java.util.TreeMap<>();
      headers.forEach((name, values) -> copy.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values),
          (a, b) -> {
            java.util.List<String> merged = new java.util.ArrayList<>(a);
            merged.addAll(b);
            return List.copyOf(merged);
          }));
      return java.util.Collections.unmodifiableMap(copy);
    }

    static Optional<String> first(Map<String, List<String>> headers, String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    static String mediaType(String contentType) {
      int semicolon = contentType.indexOf(';');
      return (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).strip().toLowerCase(Locale.ROOT);
    }

    static boolean isJson(String mediaType) {
      return mediaType.equals("application/json") || mediaType.endsWith("+json") || mediaType.equals("text/json");
    }
  }
}
