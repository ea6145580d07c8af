package dev.latchkey.core.http;

import dev.latchkey.core.RequestOptions;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One call to a vendor API, relative to the transport's base URL: method, path, query parameters, an optional
 * JSON or form body, the headers of its {@linkplain Builder#options(RequestOptions) options} and whether it is
 * safe to send again.
 *
 * <p>Only GET and HEAD are retry-safe by default; a vendor module marks other requests safe explicitly (for
 * example Seam's read endpoints, which are POSTs). Values given as {@link Secret} are scrubbed from error
 * bodies and messages. {@link #toString()} shows no values, only names. Immutable and thread-safe, provided
 * the JSON body object is not changed after it is handed over.
 */
public final class ApiRequest {

  /** A name and a value that is either plain or secret. */
  static final class Param {
    final String name;
    final String plain;
    final Secret secret;

    private Param(String name, String plain, Secret secret) {
      this.name = Objects.requireNonNull(name, "name");
      this.plain = plain;
      this.secret = secret;
    }

    static Param plain(String name, String value) {
      return new Param(name, Objects.requireNonNull(value, name), null);
    }

    static Param secret(String name, Secret value) {
      return new Param(name, null, Objects.requireNonNull(value, name));
    }

    String value() {
      return secret != null ? secret.reveal() : plain;
    }
  }

  private final String method;
  private final String path;
  private final List<Param> query;
  private final List<Param> headers;
  private final Object jsonBody;
  private final List<Param> form;
  private final List<Secret> secrets;
  private final boolean retrySafe;
  private final Duration deadline;
  private final RetryPolicy retryPolicy;

  private ApiRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.query = List.copyOf(b.query);
    this.headers = List.copyOf(b.headers);
    this.jsonBody = b.jsonBody;
    this.form = b.form == null ? null : List.copyOf(b.form);
    List<Secret> all = new ArrayList<>(b.secrets);
    for (List<Param> params : List.of(query, headers, form == null ? List.<Param>of() : form)) {
      for (Param p : params) {
        if (p.secret != null) {
          all.add(p.secret);
        }
      }
    }
    this.secrets = List.copyOf(all);
    this.retrySafe = b.retrySafe != null ? b.retrySafe : method.equals("GET") || method.equals("HEAD");
    this.deadline = b.deadline;
    this.retryPolicy = b.retryPolicy;
  }

  /**
   * A builder for a request.
   *
   * @param method the HTTP method, such as {@code "GET"} or {@code "POST"}
   * @param path the path relative to the base URL, such as {@code "/devices/list"}
   * @return the builder
   */
  public static Builder builder(String method, String path) {
    return new Builder(method, path);
  }

  /**
   * A builder for a GET request (retry-safe).
   *
   * @param path the path relative to the base URL, such as {@code "/devices/get"}
   * @return the builder
   */
  public static Builder get(String path) {
    return builder("GET", path);
  }

  /**
   * A builder for a POST request (not retry-safe unless marked).
   *
   * @param path the path relative to the base URL, such as {@code "/devices/get"}
   * @return the builder
   */
  public static Builder post(String path) {
    return builder("POST", path);
  }

  /**
   * A builder for a PUT request (not retry-safe unless marked).
   *
   * @param path the path relative to the base URL, such as {@code "/devices/get"}
   * @return the builder
   */
  public static Builder put(String path) {
    return builder("PUT", path);
  }

  /**
   * A builder for a DELETE request (not retry-safe unless marked).
   *
   * @param path the path relative to the base URL, such as {@code "/devices/get"}
   * @return the builder
   */
  public static Builder delete(String path) {
    return builder("DELETE", path);
  }

  /** {@return the HTTP method, upper case} */
  public String method() {
    return method;
  }

  /** {@return the path relative to the transport's base URL, without query string} */
  public String path() {
    return path;
  }

  /** {@return the names of the query parameters, in order (values are not exposed, they may be secret)} */
  public List<String> queryNames() {
    return query.stream().map(p -> p.name).collect(Collectors.toUnmodifiableList());
  }

  /** {@return the JSON body object, if any} */
  public Optional<Object> jsonBody() {
    return Optional.ofNullable(jsonBody);
  }

  /** {@return whether the request has a form body} */
  public boolean hasFormBody() {
    return form != null;
  }

  /** {@return whether the transport may send the request again after a transient failure} */
  public boolean retrySafe() {
    return retrySafe;
  }

  /**
   * The time this call may take in all, every attempt and every wait between attempts included, when it
   * overrides the transport's deadline.
   *
   * @return the call's own deadline, or empty to use the transport's
   */
  public Optional<Duration> deadline() {
    return Optional.ofNullable(deadline);
  }

  /**
   * The retry policy of this call, when it overrides the transport's.
   *
   * @return the call's own retry policy, or empty to use the transport's
   */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /** {@return the secrets this request carries, which must never appear in messages or logs} */
  public List<Secret> secrets() {
    return secrets;
  }

  List<Param> query() {
    return query;
  }

  List<Param> headers() {
    return headers;
  }

  List<Param> form() {
    return form;
  }

  /**
   * A builder preset with this request.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(method, path);
    b.query.addAll(query);
    b.headers.addAll(headers);
    b.jsonBody = jsonBody;
    b.form = form == null ? null : new ArrayList<>(form);
    b.secrets.addAll(secrets);
    b.retrySafe = retrySafe;
    b.deadline = deadline;
    b.retryPolicy = retryPolicy;
    return b;
  }

  /** Method, path, parameter names and body kind; never values. */
  @Override
  public String toString() {
    String body = jsonBody != null ? "json" : form != null ? "form" : "none";
    return "ApiRequest{" + method + " " + path + ", query=" + queryNames() + ", body=" + body
        + ", retrySafe=" + retrySafe + (deadline == null ? "" : ", deadline=" + deadline)
        + (retryPolicy == null ? "" : ", retryPolicy=own") + "}";
  }

  /** Builds an {@link ApiRequest}. Not thread-safe. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final List<Param> query = new ArrayList<>();
    private final List<Param> headers = new ArrayList<>();
    private Object jsonBody;
    private List<Param> form;
    private final List<Secret> secrets = new ArrayList<>();
    private Boolean retrySafe;
    private Duration deadline;
    private RetryPolicy retryPolicy;

    private Builder(String method, String path) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      if (!method.matches("[A-Za-z]+")) {
        throw new IllegalArgumentException("not an HTTP method: " + method);
      }
      if (path.contains("?") || path.contains("#")) {
        throw new IllegalArgumentException("pass query parameters with query(), not in the path: " + path);
      }
      this.method = method.toUpperCase(Locale.ROOT);
      this.path = path;
    }

    /**
     * Adds a query parameter.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder query(String name, String value) {
      query.add(Param.plain(name, value));
      return this;
    }

    /**
     * Adds a query parameter whose value is secret.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder query(String name, Secret value) {
      query.add(Param.secret(name, value));
      return this;
    }

    /**
     * Sets an object to send as the JSON body; replaces a form body.
     *
     * @param body the object to write as JSON
     * @return this builder
     */
    public Builder jsonBody(Object body) {
      this.jsonBody = Objects.requireNonNull(body, "body");
      this.form = null;
      return this;
    }

    /**
     * Adds a form field ({@code application/x-www-form-urlencoded}); replaces a JSON body.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder formField(String name, String value) {
      return addForm(Param.plain(name, value));
    }

    /**
     * Adds a form field whose value is secret, such as a client secret or refresh token.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder formField(String name, Secret value) {
      return addForm(Param.secret(name, value));
    }

    private Builder addForm(Param param) {
      if (form == null) {
        form = new ArrayList<>();
      }
      form.add(param);
      jsonBody = null;
      return this;
    }

    /**
     * Declares values carried inside the JSON body (an access-code PIN, say) that must be scrubbed from
     * error bodies and messages.
     *
     * @param values the secret values
     * @return this builder
     */
    public Builder sensitive(Secret... values) {
      for (Secret value : values) {
        secrets.add(Objects.requireNonNull(value, "value"));
      }
      return this;
    }

    /**
     * Marks the request as safe (or not) to send again after a transient failure.
     *
     * @param retrySafe whether the request may be sent again
     * @return this builder
     */
    public Builder retrySafe(boolean retrySafe) {
      this.retrySafe = retrySafe;
      return this;
    }

    /**
     * Applies options, the one way to give a request headers, its own deadline or its own retry policy: their
     * headers (checked by {@link RequestOptions}) replace those of the same name set so far (the transport
     * still sets authentication, {@code User-Agent} and {@code Accept-Encoding} itself, and scrubs the secret
     * values from errors), and their deadline and retry policy, when set, replace this request's and override
     * the transport's. The deadline bounds the call as a whole, all attempts and the waits between them
     * together (the transport's default is 2 minutes): no retry is started or waited for when it would end
     * after it, and each attempt's OkHttp call timeout is cut to the time left. Only a
     * {@linkplain #retrySafe(boolean) retry-safe} request is retried at all, whatever the policy. A vendor
     * module's own headers (a client-wide {@code Accept-Language}) are options applied first; resource methods
     * apply the caller's last, with the options their overload was given:
     *
     * <pre>{@code
     * public AccessCode get(String id, RequestOptions options) {
     *   return AccessCode.from(transport.sendJson(ApiRequest.post("/access_codes/get")
     *       .jsonBody(Map.of("access_code_id", id)).retrySafe(true).options(options).build()));
     * }
     * }</pre>
     *
     * @param options the caller's options
     * @return this builder
     */
    public Builder options(RequestOptions options) {
      Objects.requireNonNull(options, "options");
      options.headers().forEach((name, value) -> replaceHeader(Param.plain(name, value)));
      options.secretHeaders().forEach((name, value) -> replaceHeader(Param.secret(name, value)));
      options.deadline().ifPresent(deadline -> this.deadline = deadline);
      options.retryPolicy().ifPresent(policy -> this.retryPolicy = policy);
      return this;
    }

    private void replaceHeader(Param header) {
      headers.removeIf(existing -> existing.name.equalsIgnoreCase(header.name));
      headers.add(header);
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when a GET or HEAD has a body
     *
     * @return the request
     */
    public ApiRequest build() {
      if ((method.equals("GET") || method.equals("HEAD")) && (jsonBody != null || form != null)) {
        throw new IllegalArgumentException(method + " requests cannot have a body");
      }
      return new ApiRequest(this);
    }
  }
}
