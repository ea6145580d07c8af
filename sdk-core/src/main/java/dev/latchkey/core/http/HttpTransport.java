package dev.latchkey.core.http;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyConnectionException;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.LatchkeyResponseException.Problem;
import dev.latchkey.core.LatchkeyTimeoutException;
import dev.latchkey.core.Redaction;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.core.Sleeper;
import dev.latchkey.core.internal.RetryAfter;
import dev.latchkey.core.internal.Version;
import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonException;
import dev.latchkey.core.json.JsonValue;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP transport the vendor modules share: JSON over OkHttp with authentication, retries, bounded
 * response reading, error decoding and redacted logging.
 *
 * <p>Every failure leaves as a {@link LatchkeyException}: a vendor error decoded by the {@link ErrorDecoder},
 * {@link LatchkeyConnectionException}, {@link LatchkeyTimeoutException} or {@link LatchkeyResponseException}.
 * Requests marked {@linkplain ApiRequest#retrySafe() retry-safe} are retried per the {@link RetryPolicy}.
 *
 * <p>Thread-safe: one instance serves all calls of a client.
 */
public final class HttpTransport {

  /** Default limit on a response body: larger bodies fail instead of filling the heap. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 8L * 1024 * 1024;

  /** Error bodies are only read this far: decoders need the start, not megabytes of a proxy's page. */
  private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpUrl baseUrl;
  private final String vendor;
  private final RequestAuthenticator authenticator;
  private final ErrorDecoder errorDecoder;
  private final RetryPolicy retryPolicy;
  private final OkHttpClient client;
  private final long maxResponseBytes;
  private final Clock clock;
  private final Sleeper sleeper;
  private final String userAgent;
  private final List<Secret> clientSecrets;

  private HttpTransport(Builder b) {
    this.baseUrl = b.baseUrl;
    this.vendor = b.vendor;
    this.authenticator = b.authenticator;
    this.errorDecoder = b.errorDecoder;
    this.retryPolicy = b.retryPolicy;
    this.maxResponseBytes = b.maxResponseBytes;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.userAgent = Version.userAgent();
    this.clientSecrets = List.copyOf(b.secrets);
    // Derive from the user's client so its pool, proxy and TLS are shared; never mutate it.
    OkHttpClient.Builder http = b.okHttpClient != null ? b.okHttpClient.newBuilder() : defaultClient();
    if (b.connectTimeout != null) {
      http.connectTimeout(b.connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (b.readTimeout != null) {
      http.readTimeout(b.readTimeout.toMillis(), TimeUnit.MILLISECONDS);
      http.writeTimeout(b.readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (b.callTimeout != null) {
      http.callTimeout(b.callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    this.client = http.build();
  }

  private static OkHttpClient.Builder defaultClient() {
    return new OkHttpClient.Builder()
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .writeTimeout(30, TimeUnit.SECONDS)
        .callTimeout(60, TimeUnit.SECONDS);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The vendor id this transport reports in its exceptions. */
  public String vendor() {
    return vendor;
  }

  /** The base URL requests are resolved against. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /** The retry policy. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The User-Agent sent with every request: {@code latchkey-java/<version>}. */
  public String userAgent() {
    return userAgent;
  }

  /**
   * Sends a request and reads the JSON response as a tree.
   *
   * @param request the request
   * @return the response body, never null and never JSON null
   * @throws LatchkeyException on any failure; a body that is empty, not JSON, malformed or JSON null is a
   *     {@link LatchkeyResponseException}
   */
  public JsonValue sendJson(ApiRequest request) {
    return parse(exchange(request), request);
  }

  /**
   * Sends a request whose response has no content of interest (204, or a body to ignore).
   *
   * @param request the request
   * @throws LatchkeyException on any failure
   */
  public void send(ApiRequest request) {
    exchange(request);
  }

  /**
   * Sends a request and returns the successful response as received, for callers that read the body
   * themselves. Non-2xx responses are decoded and thrown as with the other methods.
   *
   * @param request the request
   * @return the 2xx response, its body bounded by {@code maxResponseBytes}
   * @throws LatchkeyException on any failure
   */
  public ApiResponse exchange(ApiRequest request) {
    Objects.requireNonNull(request, "request");
    RequestBody body = requestBody(request);
    int maxAttempts = request.retrySafe() ? retryPolicy.maxAttempts() : 1;
    for (int attempt = 1; ; attempt++) {
      List<Secret> secrets = new ArrayList<>(clientSecrets);
      secrets.addAll(request.secrets());
      Request okRequest = okRequest(request, body, secrets);
      long started = System.nanoTime();
      LatchkeyException failure;
      boolean transientFailure;
      String retryAfterHeader = null;
      try (Response response = client.newCall(okRequest).execute()) {
        log(request, String.valueOf(response.code()), attempt, maxAttempts, started);
        if (response.isSuccessful()) {
          return new ApiResponse(response.code(), response.headers(), readSuccessBody(response, request, attempt));
        }
        failure = decode(errorResponse(response, request, attempt, secrets));
        transientFailure = retryPolicy.retryableStatuses().contains(response.code()) || failure.retryable();
        retryAfterHeader = response.header("Retry-After");
      } catch (InterruptedIOException e) {
        log(request, "timeout", attempt, maxAttempts, started);
        if (Thread.currentThread().isInterrupted()) {
          throw ioFailure(request, attempt, e, secrets, false);
        }
        failure = ioFailure(request, attempt, e, secrets, true);
        transientFailure = true;
      } catch (IOException e) {
        log(request, "connection failed", attempt, maxAttempts, started);
        failure = ioFailure(request, attempt, e, secrets, false);
        transientFailure = true;
      }
      if (!transientFailure || attempt >= maxAttempts) {
        throw failure;
      }
      Optional<Duration> delay = delayBeforeRetry(attempt, retryAfterHeader);
      if (delay.isEmpty()) {
        LOG.debug("{} {} {}: Retry-After exceeds {}, not retrying", vendor, request.method(),
            safePath(request), retryPolicy.maxRetryAfter());
        throw failure;
      }
      try {
        sleeper.sleep(delay.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure;
      }
    }
  }

  /**
   * Reads the JSON body of a response obtained with {@link #exchange(ApiRequest)}, with the same checks as
   * {@link #sendJson(ApiRequest)}.
   *
   * @param response the response
   * @return the value, never null and never JSON null
   * @throws LatchkeyResponseException when the body is empty, not JSON, malformed or JSON null
   */
  public JsonValue parse(ApiResponse response) {
    return parse(response, null);
  }

  private JsonValue parse(ApiResponse response, ApiRequest request) {
    // The message parts are built only on failure: the success path must stay as cheap as a raw parse.
    Optional<String> contentType = response.contentType();
    byte[] body = response.bodyBytes();
    if (firstNonBlank(body) < 0) {
      throw responseProblem(Problem.EMPTY_BODY, response.status(),
          "empty body in the HTTP " + response.status() + " response" + where(request) + ", expected JSON");
    }
    if (contentType.isPresent() && !ApiResponse.HeaderMaps.isJson(contentType.get())) {
      throw responseProblem(Problem.WRONG_CONTENT_TYPE, response.status(),
          "expected JSON but the HTTP " + response.status() + " response" + where(request) + " is "
              + contentType.get() + " (" + body.length + " bytes; a proxy or gateway page?)");
    }
    if (contentType.isEmpty() && firstNonBlank(body) == '<') {
      throw responseProblem(Problem.WRONG_CONTENT_TYPE, response.status(),
          "expected JSON but the HTTP " + response.status() + " response" + where(request)
              + " looks like HTML or XML and declares no content type");
    }
    JsonValue value;
    try {
      value = Json.parse(body);
    } catch (JsonException e) {
      throw responseProblem(Problem.MALFORMED_JSON, response.status(), unreadable(e, request, body.length));
    }
    if (value.isNull()) {
      throw responseProblem(Problem.WRONG_SHAPE, response.status(),
          "JSON null in the response" + where(request) + ", expected a JSON value");
    }
    return value;
  }

  /** The JSON error's own message never quotes the body (PINs): only the reason and the position are used. */
  private static String unreadable(JsonException e, ApiRequest request, int length) {
    switch (e.reason()) {
      case TRUNCATED:
        return "truncated JSON in the response" + where(request) + " (" + length + " bytes)";
      case TRAILING_CONTENT:
        return "malformed JSON in the response" + where(request) + ": content after the JSON value at "
            + e.position();
      case MALFORMED:
        return "malformed JSON in the response" + where(request) + " at " + e.position();
      default:
        return "unreadable JSON in the response" + where(request) + " at " + e.position() + " ("
            + e.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }
  }

  private static String where(ApiRequest request) {
    return request == null ? "" : " to " + request.method() + " " + safePath(request);
  }


  private LatchkeyResponseException responseProblem(Problem problem, int status, String message) {
    return new LatchkeyResponseException(LatchkeyException.Details.builder()
        .vendor(vendor)
        .httpStatus(status)
        .message(message)
        .category(ErrorCategory.UNEXPECTED_RESPONSE)
        .retryable(false)
        .build(), problem);
  }

  private static int firstNonBlank(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return b;
      }
    }
    return -1;
  }

  private RequestBody requestBody(ApiRequest request) {
    if (request.jsonBody().isPresent()) {
      Object body = request.jsonBody().get();
      try {
        return RequestBody.create(Json.write(body), JSON);
      } catch (JsonException e) {
        throw new LatchkeyException(LatchkeyException.Details.builder()
            .vendor(vendor)
            .message("cannot write the request body of " + request.method() + " " + safePath(request)
                + " as JSON (" + body.getClass().getSimpleName() + ")")
            .category(ErrorCategory.INVALID_REQUEST)
            .retryable(false)
            .build());
      }
    }
    if (request.hasFormBody()) {
      FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8);
      request.form().forEach(p -> form.add(p.name, p.value()));
      return form.build();
    }
    boolean needsBody = request.method().equals("POST") || request.method().equals("PUT")
        || request.method().equals("PATCH");
    return needsBody ? RequestBody.create(new byte[0], null) : null;
  }

  private Request okRequest(ApiRequest request, RequestBody body, List<Secret> secrets) {
    HttpUrl.Builder url = baseUrl.newBuilder();
    String path = request.path().startsWith("/") ? request.path().substring(1) : request.path();
    if (!path.isEmpty()) {
      url.addPathSegments(path);
    }
    request.query().forEach(p -> url.addQueryParameter(p.name, p.value()));
    Request.Builder ok = new Request.Builder().url(url.build()).method(request.method(), body);
    request.headers().forEach(p -> ok.addHeader(p.name, p.value()));
    try {
      authenticator.authenticate(request, new RequestAuthenticator.AuthHeaders() {
        @Override
        public void set(String name, Secret value) {
          ok.header(name, value.reveal());
          secrets.add(value);
        }

        @Override
        public void sensitive(Secret value) {
          secrets.add(value);
        }
      });
    } catch (LatchkeyException e) {
      throw e;
    } catch (RuntimeException e) {
      // The authenticator's own exception might quote a credential: report only its type.
      throw new LatchkeyException(LatchkeyException.Details.builder()
          .vendor(vendor)
          .message("could not authenticate " + request.method() + " " + safePath(request) + ": "
              + e.getClass().getSimpleName())
          .category(ErrorCategory.AUTHENTICATION)
          .retryable(false)
          .build());
    }
    ok.header("User-Agent", userAgent);
    boolean acceptGiven = false;
    for (ApiRequest.Param header : request.headers()) {
      acceptGiven |= header.name.equalsIgnoreCase("Accept");
    }
    if (!acceptGiven) {
      ok.header("Accept", "application/json");
    }
    return ok.build();
  }

  private byte[] readSuccessBody(Response response, ApiRequest request, int attempt) throws IOException {
    ResponseBody body = response.body();
    long declared = body.contentLength();
    if (declared > maxResponseBytes) {
      throw tooLarge(response.code(), request, attempt, declared + " bytes declared");
    }
    BufferedSource source = body.source();
    // request(n) buffers up to n bytes and says whether they exist: a bounded read, whatever the body size.
    if (source.request(maxResponseBytes + 1)) {
      throw tooLarge(response.code(), request, attempt, "more than " + maxResponseBytes + " bytes");
    }
    return source.getBuffer().readByteArray();
  }

  private LatchkeyResponseException tooLarge(int status, ApiRequest request, int attempt, String size) {
    return new LatchkeyResponseException(LatchkeyException.Details.builder()
        .vendor(vendor)
        .httpStatus(status)
        .attempts(attempt)
        .message("the response to " + request.method() + " " + safePath(request) + " is too large ("
            + size + "; the limit is maxResponseBytes = " + maxResponseBytes + ")")
        .category(ErrorCategory.UNEXPECTED_RESPONSE)
        .retryable(false)
        .build(), Problem.TOO_LARGE);
  }

  private ErrorResponse errorResponse(Response response, ApiRequest request, int attempt, List<Secret> secrets)
      throws IOException {
    long limit = Math.min(maxResponseBytes, MAX_ERROR_BODY_BYTES);
    BufferedSource source = response.body().source();
    boolean truncated = source.request(limit + 1);
    byte[] bytes = truncated ? source.readByteArray(limit) : source.getBuffer().readByteArray();
    ErrorResponse.Builder error = ErrorResponse.builder()
        .vendor(vendor)
        .status(response.code())
        .body(new String(bytes, StandardCharsets.UTF_8))
        .bodyTruncated(truncated)
        .method(request.method())
        .path(request.path())
        .attempts(attempt)
        .secrets(secrets);
    for (Map.Entry<String, List<String>> header : response.headers().toMultimap().entrySet()) {
      header.getValue().forEach(value -> error.header(header.getKey(), value));
    }
    return error.build();
  }

  private LatchkeyException decode(ErrorResponse response) {
    LatchkeyException decoded;
    try {
      decoded = errorDecoder.decode(response);
    } catch (RuntimeException e) {
      LOG.debug("{} error decoder failed on HTTP {} ({}); using the generic decoder", vendor,
          response.status(), e.getClass().getSimpleName());
      decoded = null;
    }
    return decoded != null ? decoded : ErrorDecoder.generic().decode(response);
  }

  private LatchkeyException ioFailure(ApiRequest request, int attempt, IOException e, List<Secret> secrets,
      boolean timeout) {
    String reason = Redaction.snippet(e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()), 200, secrets);
    LatchkeyException.Details details = LatchkeyException.Details.builder()
        .vendor(vendor)
        .attempts(attempt)
        .message((timeout ? "timed out on " : "could not reach the API for ") + request.method() + " "
            + safePath(request) + " (" + reason + ")")
        .category(ErrorCategory.NETWORK)
        .retryable(true)
        .cause(e)
        .build();
    return timeout ? new LatchkeyTimeoutException(details) : new LatchkeyConnectionException(details);
  }

  private Optional<Duration> delayBeforeRetry(int attempt, String retryAfterHeader) {
    Optional<Duration> retryAfter = RetryAfter.parse(retryAfterHeader, clock);
    if (retryAfter.isPresent()) {
      Duration wait = retryAfter.get();
      return wait.compareTo(retryPolicy.maxRetryAfter()) > 0 ? Optional.empty() : Optional.of(wait);
    }
    return Optional.of(retryPolicy.backoff(attempt, ThreadLocalRandom.current().nextDouble()));
  }

  private void log(ApiRequest request, String outcome, int attempt, int maxAttempts, long startedNanos) {
    if (LOG.isDebugEnabled()) {
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
      LOG.debug("{} {} {} -> {} (attempt {}/{}, {} ms)", vendor, request.method(), safePath(request),
          outcome, attempt, maxAttempts, millis);
    }
  }

  private static String safePath(ApiRequest request) {
    return Redaction.redact(request.path(), request.secrets());
  }

  /** Builds an {@link HttpTransport}. Not thread-safe. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private String vendor;
    private RequestAuthenticator authenticator = RequestAuthenticator.none();
    private ErrorDecoder errorDecoder = ErrorDecoder.generic();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private OkHttpClient okHttpClient;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private final List<Secret> secrets = new ArrayList<>();

    private Builder() {}

    /**
     * The client's own credentials (API key, client secret, webhook secret): their exact values are removed
     * from every error body, message and log line of this transport, whichever request they turn up in.
     */
    public Builder secrets(Secret... secrets) {
      for (Secret secret : secrets) {
        this.secrets.add(Objects.requireNonNull(secret, "secret"));
      }
      return this;
    }

    /** The base URL, such as {@code https://connect.getseam.com}; required. */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      HttpUrl parsed = HttpUrl.parse(baseUrl);
      if (parsed == null) {
        throw new IllegalArgumentException("not an http(s) URL: " + baseUrl);
      }
      this.baseUrl = parsed;
      return this;
    }

    /** The vendor id reported in exceptions and logs, such as {@code "seam"}; required. */
    public Builder vendor(String vendor) {
      this.vendor = Objects.requireNonNull(vendor, "vendor");
      return this;
    }

    /** Adds authentication to every attempt (default: none). */
    public Builder authenticator(RequestAuthenticator authenticator) {
      this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
      return this;
    }

    /** Turns error responses into the vendor's exceptions (default: {@link ErrorDecoder#generic()}). */
    public Builder errorDecoder(ErrorDecoder errorDecoder) {
      this.errorDecoder = Objects.requireNonNull(errorDecoder, "errorDecoder");
      return this;
    }

    /** The retry policy (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * A client to derive from, bringing its proxy, TLS, connection pool and interceptors; it is not
     * modified. Its timeouts are kept unless set on this builder.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /** The connect timeout (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** The read and write timeout between bytes (default 30 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * The timeout of one whole attempt, connect to last byte (default 60 s); {@link Duration#ZERO} turns it
     * off. It bounds a server that trickles a body; OkHttp arms a watchdog for it on every call, which costs
     * a few microseconds.
     */
    public Builder callTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "callTimeout");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("callTimeout must not be negative, was " + timeout);
      }
      this.callTimeout = timeout;
      return this;
    }

    /** The largest response body read (default 8 MiB); larger ones fail with {@code TOO_LARGE}. */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1 || maxResponseBytes > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("maxResponseBytes out of range: " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /** The clock used to read {@code Retry-After} dates (default the system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** What waits between attempts (default {@link Sleeper#SYSTEM}). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Builds the transport.
     *
     * @throws IllegalStateException when the base URL or vendor is missing
     */
    public HttpTransport build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required");
      }
      if (vendor == null || vendor.isBlank()) {
        throw new IllegalStateException("vendor is required");
      }
      return new HttpTransport(this);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
