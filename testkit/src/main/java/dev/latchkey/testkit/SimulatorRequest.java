package dev.latchkey.testkit;

import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonValue;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request the {@link SimulatorServer} received: what a route handler reads and what the request log keeps.
 *
 * <p>Immutable and thread-safe. Header names are lower case. The body is kept as text because simulated
 * vendor APIs speak JSON and form bodies; it may hold secrets (API keys, client secrets, PINs) exactly as the
 * client sent them, so {@link #toString()} leaves headers and body out.
 */
public final class SimulatorRequest {

  private final long sequence;
  private final String method;
  private final String path;
  private final String query;
  private final Map<String, List<String>> headers;
  private final String body;
  private final Map<String, String> pathParameters;

  SimulatorRequest(
      long sequence,
      String method,
      String path,
      String query,
      Map<String, List<String>> headers,
      String body,
      Map<String, String> pathParameters) {
    this.sequence = sequence;
    this.method = method;
    this.path = path;
    this.query = query == null ? "" : query;
    Map<String, List<String>> lowerCase = new LinkedHashMap<>();
    headers.forEach((name, values) ->
        lowerCase.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
    lowerCase.replaceAll((name, values) -> List.copyOf(values));
    this.headers = Collections.unmodifiableMap(lowerCase);
    this.body = body;
    this.pathParameters = Map.copyOf(pathParameters);
  }

  /**
   * The request's number on its server, from 1, in order of arrival; it keeps counting after
   * {@link SimulatorServer#clearRequests()}.
   *
   * @return the sequence number
   */
  public long sequence() {
    return sequence;
  }

  /** {@return the HTTP method in upper case, such as {@code POST}} */
  public String method() {
    return method;
  }

  /** {@return the decoded path without the query, such as {@code /access_codes/get}} */
  public String path() {
    return path;
  }

  /** {@return the raw query string without the {@code ?}, empty when the URL had none} */
  public String query() {
    return query;
  }

  /** {@return the decoded query parameters: each name with its values in order of appearance} */
  public Map<String, List<String>> queryParameters() {
    return parseForm(query);
  }

  /**
   * The first value of a query parameter.
   *
   * @param name the parameter name, case-sensitive
   * @return the value, or empty when the parameter is absent
   */
  public Optional<String> queryParameter(String name) {
    return first(queryParameters(), name);
  }

  /** {@return the request headers: each lower-case name with its values in order of appearance} */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, any case
   * @return the value, or empty when the header is absent
   */
  public Optional<String> header(String name) {
    return first(headers, name.toLowerCase(Locale.ROOT));
  }

  /** {@return the body as UTF-8 text, empty when there was none} */
  public String body() {
    return body;
  }

  /**
   * The body parsed as JSON with sdk-core's bounded reader.
   *
   * @return the JSON tree; an empty object when the body is empty
   * @throws dev.latchkey.core.json.JsonException when the body is not valid JSON
   */
  public JsonValue json() {
    return body.isEmpty() ? JsonValue.object().build() : Json.parse(body);
  }

  /**
   * {@return the body parsed as {@code application/x-www-form-urlencoded}, as an OAuth token endpoint reads
   * it: each decoded name with its values in order of appearance}
   */
  public Map<String, List<String>> form() {
    return parseForm(body);
  }

  /**
   * The first value of a form field of the body.
   *
   * @param name the field name, case-sensitive
   * @return the decoded value, or empty when the field is absent
   */
  public Optional<String> formParameter(String name) {
    return first(form(), name);
  }

  /**
   * {@return the values that the {@code {name}} segments of the matched route's path pattern took, decoded;
   * empty when there were none}
   */
  public Map<String, String> pathParameters() {
    return pathParameters;
  }

  /**
   * One placeholder's value from the matched route's path pattern.
   *
   * @param name the placeholder name, as in {@code /smartlock/{name}}
   * @return the decoded segment
   * @throws IllegalArgumentException when the matched route has no such placeholder (a simulator bug)
   */
  public String pathParameter(String name) {
    String value = pathParameters.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the matched route has no path parameter " + name);
    }
    return value;
  }

  SimulatorRequest withPathParameters(Map<String, String> parameters) {
    return new SimulatorRequest(sequence, method, path, query, headers, body, parameters);
  }

  /**
   * Decodes {@code application/x-www-form-urlencoded} text (a form body or a query string). A field without
   * {@code =} has an empty value; malformed percent escapes are kept as they are.
   *
   * @param text the encoded text
   * @return each decoded name with its values in order of appearance
   */
  public static Map<String, List<String>> parseForm(String text) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return Map.of();
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    fields.replaceAll((name, values) -> List.copyOf(values));
    return Collections.unmodifiableMap(fields);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // A client under test may send a broken escape; keep it visible instead of failing the request.
      return text;
    }
  }

  private static Optional<String> first(Map<String, List<String>> map, String name) {
    List<String> values = map.get(Objects.requireNonNull(name, "name"));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Names the request without its headers and body, which may hold secrets.
   *
   * @return text such as {@code SimulatorRequest[#3 POST /devices/list]}
   */
  @Override
  public String toString() {
    return "SimulatorRequest[#" + sequence + " " + method + " " + path + "]";
  }
}
