package dev.latchkey.core.http;

import dev.latchkey.core.Durations;
import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyConnectionException;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyInterruptedException;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.LatchkeyResponseException.Problem;
import dev.latchkey.core.LatchkeyTimeoutException;
import dev.latchkey.core.Redactor;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.core.Sleeper;
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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.GzipSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP transport the vendor modules share: JSON over OkHttp with authentication, retries, bounded
 * response reading, error decoding and redacted logging.
 *
 * <p>Every failure leaves as a {@link LatchkeyException}: a vendor error decoded by the {@link ErrorDecoder},
 * {@link LatchkeyConnectionException}, {@link LatchkeyTimeoutException} or {@link LatchkeyResponseException}.
 * Requests marked {@linkplain ApiRequest#retrySafe() retry-safe} are retried per the {@link RetryPolicy}, all
 * attempts and waits within one {@linkplain Builder#deadline(Duration) deadline}; an interrupted caller gets a
 * {@link LatchkeyInterruptedException} and keeps its interrupt flag.
 *
 * <p>A request reaches the server at most {@link LatchkeyException#attempts()} times, and a request that is not
 * retry-safe at most once (twice only when it was answered 401, which the server did not act on, and the
 * {@link RequestAuthenticator#onUnauthorized authenticator} asked for one more attempt with fresh
 * credentials), whatever {@link OkHttpClient} it is derived from: the transport turns off OkHttp's
 * own re-sends (retry on connection failure, 408 and {@code 503 Retry-After: 0} follow-ups, authenticator
 * follow-ups) and sends bodies that refuse to be written twice. Redirects are not followed: a 3xx becomes a
 * {@link LatchkeyResponseException} with {@link Problem#REDIRECT}, naming only the origin of its
 * {@code Location}, so that no body (a PIN, say) is ever re-sent elsewhere. Gzip bodies are inflated by the
 * transport, bounded like any other; a corrupt one is {@link Problem#UNREADABLE} and not retried.
 *
 * <p>Thread-safe: one instance serves all calls of a client.
 */
public final class HttpTransport {

  /** Default limit on a response body: larger bodies fail instead of filling the heap. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 8L * 1024 * 1024;

  /** Default whole-call deadline: all attempts and the waits between them. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(2);

  /** Longer deadlines are treated as this one (about 100 years, a deadline of "never"). */
  private static final Duration MAX_DEADLINE = Duration.ofDays(36_500);

  /** A timeout this close to the deadline is the deadline's (OkHttp's watchdog fires a little early or late). */
  private static final long DEADLINE_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  /** Where a 408's or 503's Retry-After is kept out of OkHttp's sight (see {@link #hideRetryAfter}). */
  private static final String HIDDEN_RETRY_AFTER = "Latchkey-Retry-After";

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
  private final Duration deadline;
  private final String userAgent;
  private final List<Secret> clientSecrets;
  private final Redactor redactor;

  private HttpTransport(Builder b) {
    this.baseUrl = b.baseUrl;
    this.vendor = b.vendor;
    this.authenticator = b.authenticator;
    this.errorDecoder = b.errorDecoder;
    this.retryPolicy = b.retryPolicy;
    this.maxResponseBytes = b.maxResponseBytes;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.deadline = b.deadline;
    this.userAgent = Version.userAgent();
    this.clientSecrets = List.copyOf(b.secrets);
    this.redactor = b.redactor;
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
    // Every request reaches the server at most as often as the SDK counts, whatever client the user gave:
    // OkHttp must not re-send on its own. Connection failures surface (reads are retried by the SDK's loop),
    // redirects surface (a body, such as a PIN, is never re-sent, least of all to another origin), and the
    // user's authenticator is not asked to repeat a request (the RequestAuthenticator signs each attempt).
    http.retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .authenticator(Authenticator.NONE)
        .addNetworkInterceptor(HttpTransport::hideRetryAfter);
    this.client = http.build();
  }

  /**
   * OkHttp re-sends a request by itself when a 503 says {@code Retry-After: 0}, bodiless GETs included, and
   * reads a 408's Retry-After too (a huge number there even throws NumberFormatException). The SDK counts and
   * paces its retries itself, so on these statuses the header is moved out of OkHttp's sight, under a private
   * name the transport reads back.
   */
  private static Response hideRetryAfter(Interceptor.Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String retryAfter = response.header("Retry-After");
    if (retryAfter == null || (response.code() != 503 && response.code() != 408)) {
      return response;
    }
    Headers headers = response.headers().newBuilder()
        .removeAll("Retry-After")
        .addUnsafeNonAscii(HIDDEN_RETRY_AFTER, retryAfter)
        .build();
    return response.newBuilder().headers(headers).build();
  }

  private static OkHttpClient.Builder defaultClient() {
    return new OkHttpClient.Builder()
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .writeTimeout(30, TimeUnit.SECONDS)
        .callTimeout(60, TimeUnit.SECONDS);
  }

  /**
   * A builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the vendor id this transport reports in its exceptions} */
  public String vendor() {
    return vendor;
  }

  /** {@return the base URL requests are resolved against} */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /** {@return the retry policy} */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** {@return the User-Agent sent with every request: {@code latchkey-java/<version>}} */
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
    ApiResponse response = exchange(request);
    try {
      return parse(response, request);
    } catch (LatchkeyResponseException e) {
      // An unreadable answer after retries was still the answer to the last of them: count them all.
      if (response.attempts() > 1) {
        throw new LatchkeyResponseException(e.details().withAttempts(response.attempts()), e.problem());
      }
      throw e;
    }
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
    BodyContent content = requestContent(request);
    RetryPolicy retryPolicy = request.retryPolicy().orElse(this.retryPolicy);
    int maxAttempts = request.retrySafe() ? retryPolicy.maxAttempts() : 1;
    Duration deadline = request.deadline().orElse(this.deadline);
    long deadlineAt = System.nanoTime() + saturatedNanos(deadline);
    LatchkeyException last = null;
    boolean askedAuthenticator = false;
    int reauthRetries = 0;
    for (int attempt = 1; ; attempt++) {
      int made = Math.max(1, attempt - 1);
      if (Thread.currentThread().isInterrupted()) {
        // OkHttp would fail on the interrupt anyway, with a raw InterruptedException; do not send at all.
        throw interrupted(request, made, attempt == 1 ? "before it was sent" : "before retrying", last);
      }
      long remaining = deadlineAt - System.nanoTime();
      if (remaining <= 0) {
        throw deadlinePassed(request, made, deadline, last);
      }
      // A fresh, mutable list per attempt: the authenticator adds the credentials it sends on this attempt.
      List<Secret> secrets = knownSecrets(request);
      OneShotBody body = content == null ? null : content.newBody();
      Map<String, Secret> sentAuth = new LinkedHashMap<>();
      Request okRequest = okRequest(request, body, secrets, sentAuth, deadlineAt);
      Attempt outcome = attempt(okRequest, body, request, retryPolicy, attempt, maxAttempts, secrets, remaining,
          deadline, deadlineAt);
      if (outcome.response != null) {
        return outcome.response;
      }
      last = outcome.failure;
      if (outcome.unauthorized != null && !askedAuthenticator) {
        // Asked once per call: a second 401 after fresh credentials is the answer, not a reason to loop.
        askedAuthenticator = true;
        if (reauthenticate(request, outcome, sentAuth, deadlineAt)) {
          reauthRetries++;
          continue;
        }
      }
      // The re-authentication retry is not one of the retry policy's attempts.
      if (!outcome.retry || attempt - reauthRetries >= maxAttempts) {
        throw last;
      }
      Optional<Duration> delay = delayBeforeRetry(retryPolicy, attempt, outcome.retryAfter);
      if (delay.isEmpty()) {
        LOG.debug("{} {} {}: Retry-After exceeds {}, not retrying", vendor, request.method(),
            safePath(request), retryPolicy.maxRetryAfter());
        throw last;
      }
      if (delay.get().compareTo(Duration.ofNanos(deadlineAt - System.nanoTime())) >= 0) {
        // Waiting would use up the deadline: give the caller the last answer now instead of a timeout later.
        LOG.debug("{} {} {}: a retry in {} would pass the deadline of {}, not retrying", vendor,
            request.method(), safePath(request), delay.get(), deadline);
        throw last;
      }
      try {
        sleeper.sleep(delay.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted(request, attempt, "while waiting to retry", last);
      }
    }
  }

  /** What one attempt gave: a response, or a failure and whether the loop may retry it. */
  private static final class Attempt {
    final ApiResponse response;
    final LatchkeyException failure;
    final boolean retry;
    final String retryAfter;
    /** The 401 response, for the authenticator; null for any other outcome. */
    final ErrorResponse unauthorized;

    private Attempt(ApiResponse response, LatchkeyException failure, boolean retry, String retryAfter,
        ErrorResponse unauthorized) {
      this.response = response;
      this.failure = failure;
      this.retry = retry;
      this.retryAfter = retryAfter;
      this.unauthorized = unauthorized;
    }

    static Attempt succeeded(ApiResponse response) {
      return new Attempt(response, null, false, null, null);
    }

    static Attempt failed(LatchkeyException failure, boolean retry) {
      return new Attempt(null, failure, retry, null, null);
    }
  }

  private Attempt attempt(Request okRequest, OneShotBody body, ApiRequest request, RetryPolicy retryPolicy,
      int attempt, int maxAttempts, List<Secret> secrets, long remainingNanos, Duration deadline, long deadlineAt) {
    Call call = client.newCall(okRequest);
    // The client's call timeout bounds one attempt; the deadline bounds them all, so cut it to the time left.
    long callTimeout = client.callTimeoutMillis() == 0 ? remainingNanos
        : Math.min(TimeUnit.MILLISECONDS.toNanos(client.callTimeoutMillis()), remainingNanos);
    call.timeout().timeout(callTimeout, TimeUnit.NANOSECONDS);
    long started = System.nanoTime();
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      log(request, e instanceof InterruptedIOException ? "timeout" : "connection failed", attempt, maxAttempts,
          started);
      if (body != null && body.refusedAgain) {
        return Attempt.failed(sentTwice(request, attempt), false);
      }
      return ioFailure(request, attempt, e, secrets, deadline, deadlineAt, false);
    } catch (RuntimeException e) {
      // OkHttp and Okio throw unchecked exceptions on some malformed responses; an interceptor may too.
      log(request, "failed", attempt, maxAttempts, started);
      return Attempt.failed(unreadable(request, attempt, null, "the call failed inside OkHttp", e), false);
    } catch (Exception e) {
      // OkHttp 5 can throw a checked InterruptedException that its signature does not declare.
      log(request, "interrupted", attempt, maxAttempts, started);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        return Attempt.failed(interrupted(request, attempt, "while it was under way", null), false);
      }
      return Attempt.failed(unreadable(request, attempt, null, "the call failed inside OkHttp", e), false);
    }
    try {
      log(request, String.valueOf(response.code()), attempt, maxAttempts, started);
      if (response.isSuccessful()) {
        return successBody(response, request, attempt, secrets, deadline, deadlineAt);
      }
      if (response.code() >= 300 && response.code() < 400) {
        return Attempt.failed(redirect(response, request, attempt, secrets), false);
      }
      ErrorResponse error = errorResponse(response, request, attempt, secrets);
      LatchkeyException failure = decode(error);
      boolean transientFailure = retryPolicy.retryableStatuses().contains(response.code()) || failure.retryable();
      String retryAfter = response.header(HIDDEN_RETRY_AFTER);
      return new Attempt(null, failure, transientFailure,
          retryAfter != null ? retryAfter : response.header("Retry-After"), response.code() == 401 ? error : null);
    } finally {
      closeQuietly(call, response);
    }
  }

  /**
   * Closing discards the rest of the body, which fails like reading it would (a negative length, say). OkHttp
   * then never releases the connection, so cancel the call: its socket closes now rather than when the garbage
   * collector finds it.
   */
  private static void closeQuietly(Call call, Response response) {
    try {
      response.close();
    } catch (RuntimeException e) {
      LOG.trace("closing a response failed", e);
      call.cancel();
    }
  }

  private Attempt successBody(Response response, ApiRequest request, int attempt, List<Secret> secrets,
      Duration deadline, long deadlineAt) {
    Buffer raw;
    try {
      ResponseBody body = response.body();
      long declared = body.contentLength();
      if (declared > maxResponseBytes) {
        return Attempt.failed(tooLarge(response.code(), request, attempt, declared + " bytes declared"), false);
      }
      BufferedSource source = body.source();
      // request(n) buffers up to n bytes and says whether they exist: a bounded read, whatever the body size.
      if (source.request(maxResponseBytes + 1)) {
        return Attempt.failed(tooLarge(response.code(), request, attempt, "more than " + maxResponseBytes
            + " bytes"), false);
      }
      raw = source.getBuffer();
    } catch (IOException e) {
      return ioFailure(request, attempt, e, secrets, deadline, deadlineAt, true);
    } catch (RuntimeException e) {
      // Okio throws IllegalArgumentException for a negative Content-Length, for one.
      return Attempt.failed(unreadable(request, attempt, response.code(), "its framing is invalid", e), false);
    }
    if (!isGzip(response) || raw.size() == 0) {
      ApiResponse plain = new ApiResponse(response.code(), response.headers(), raw.readByteArray(), attempt);
      return Attempt.succeeded(plain);
    }
    Buffer inflated = new Buffer();
    try {
      if (!inflate(raw, inflated, maxResponseBytes)) {
        return Attempt.failed(tooLarge(response.code(), request, attempt, "more than " + maxResponseBytes
            + " bytes once decompressed"), false);
      }
    } catch (IOException | RuntimeException e) {
      return Attempt.failed(unreadable(request, attempt, response.code(), "it is not valid gzip", e), false);
    }
    Headers headers = response.headers().newBuilder().removeAll("Content-Encoding").removeAll("Content-Length")
        .build();
    ApiResponse inflatedResponse = new ApiResponse(response.code(), headers, inflated.readByteArray(), attempt);
    return Attempt.succeeded(inflatedResponse);
  }

  /**
   * Inflates gzip data into {@code out}, stopping past {@code limit} bytes.
   *
   * @return false when the data inflates to more than {@code limit} bytes
   * @throws IOException when the data is not valid gzip; {@code out} then holds what inflated before
   */
  private static boolean inflate(Buffer gzip, Buffer out, long limit) throws IOException {
    try (GzipSource source = new GzipSource(gzip)) {
      while (out.size() <= limit) {
        if (source.read(out, 8192) == -1) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Whether the body is gzip that the transport must inflate itself. The transport asks for gzip on its own
   * (see {@link #okRequest}) so that OkHttp leaves the body compressed: a corrupt body then fails here, where it
   * is known to be the body's fault, instead of looking like a dropped connection.
   */
  private static boolean isGzip(Response response) {
    return "gzip".equalsIgnoreCase(response.header("Content-Encoding"));
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
    byte[] body = withoutBom(response.bodyBytes());
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
  private String unreadable(JsonException e, ApiRequest request, int length) {
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

  private String where(ApiRequest request) {
    return request == null ? "" : " to " + request.method() + " " + safePath(request);
  }


  private LatchkeyResponseException responseProblem(Problem problem, int status, String message) {
    return new LatchkeyResponseException(details(clientSecrets)
        .httpStatus(status)
        .message(message)
        .category(ErrorCategory.UNEXPECTED_RESPONSE)
        .retryable(false)
        .build(), problem);
  }

  /** The first non-blank byte, unsigned (0 to 255), or -1 when there is none. */
  private static int firstNonBlank(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return b & 0xFF;
      }
    }
    return -1;
  }

  /** JSON may arrive behind a UTF-8 byte order mark (RFC 8259 lets readers ignore it); the parser must not see it. */
  private static byte[] withoutBom(byte[] body) {
    boolean bom = body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF;
    return bom ? Arrays.copyOfRange(body, 3, body.length) : body;
  }

  /** The request body, serialised once; each attempt sends it through its own {@link OneShotBody}. */
  private static final class BodyContent {
    final byte[] bytes;
    final MediaType type;

    BodyContent(byte[] bytes, MediaType type) {
      this.bytes = bytes;
      this.type = type;
    }

    OneShotBody newBody() {
      return new OneShotBody(bytes, type);
    }
  }

  /**
   * A body that can be written once. OkHttp checks {@link #isOneShot()} before every re-send of its own
   * (after a connection failure, a 408, a 503 with {@code Retry-After: 0}, a redirect) and then gives the
   * response to the transport instead; and should anything call {@link #writeTo} again (an interceptor that
   * proceeds twice), it fails rather than send a write twice. The SDK's own retries use a new instance.
   */
  private static final class OneShotBody extends RequestBody {
    private final byte[] bytes;
    private final MediaType type;
    private final AtomicBoolean written = new AtomicBoolean();
    volatile boolean refusedAgain;

    OneShotBody(byte[] bytes, MediaType type) {
      this.bytes = bytes;
      this.type = type;
    }

    @Override
    public MediaType contentType() {
      return type;
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      if (!written.compareAndSet(false, true)) {
        refusedAgain = true;
        throw new IOException("refused to write a one-shot request body a second time");
      }
      sink.write(bytes);
    }
  }

  private BodyContent requestContent(ApiRequest request) {
    if (request.jsonBody().isPresent()) {
      Object body = request.jsonBody().get();
      try {
        return new BodyContent(Json.write(body), JSON);
      } catch (JsonException e) {
        throw new LatchkeyException(details(knownSecrets(request))
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
      FormBody built = form.build();
      Buffer bytes = new Buffer();
      try {
        built.writeTo(bytes);
      } catch (IOException e) {
        throw new IllegalStateException("writing to memory cannot fail", e);
      }
      return new BodyContent(bytes.readByteArray(), built.contentType());
    }
    boolean needsBody = request.method().equals("POST") || request.method().equals("PUT")
        || request.method().equals("PATCH");
    return needsBody ? new BodyContent(new byte[0], null) : null;
  }

  /**
   * Asks the authenticator whether a 401 is worth one more attempt with fresh credentials; its refresh runs
   * within the time left of the deadline.
   */
  private boolean reauthenticate(ApiRequest request, Attempt outcome, Map<String, Secret> sentAuth,
      long deadlineAt) {
    long remaining = deadlineAt - System.nanoTime();
    if (remaining <= 0) {
      return false;
    }
    UnauthorizedAttempt unauthorized = new UnauthorizedAttempt(request, outcome.unauthorized, outcome.failure,
        sentAuth, Duration.ofNanos(remaining));
    boolean retry;
    try {
      retry = authenticator.onUnauthorized(unauthorized);
    } catch (LatchkeyException e) {
      throw e;
    } catch (RuntimeException e) {
      // Its message might quote a credential: report only its type.
      throw new LatchkeyException(details(knownSecrets(request))
          .attempts(outcome.failure.attempts())
          .httpStatus(401)
          .message("could not re-authenticate " + request.method() + " " + safePath(request) + " after HTTP 401: "
              + e.getClass().getSimpleName())
          .category(ErrorCategory.AUTHENTICATION)
          .retryable(false)
          .cause(outcome.failure)
          .build());
    }
    if (retry) {
      LOG.debug("{} {} {}: re-authenticated after HTTP 401, sending once more", vendor, request.method(),
          safePath(request));
    }
    return retry;
  }

  /** The transport's view of a 401 for {@link RequestAuthenticator#onUnauthorized}. */
  private static final class UnauthorizedAttempt implements RequestAuthenticator.Unauthorized {
    private final ApiRequest request;
    private final ErrorResponse response;
    private final LatchkeyException decoded;
    private final Map<String, Secret> sent;
    private final Duration remaining;

    UnauthorizedAttempt(ApiRequest request, ErrorResponse response, LatchkeyException decoded,
        Map<String, Secret> sent, Duration remaining) {
      this.request = request;
      this.response = response;
      this.decoded = decoded;
      this.sent = sent;
      this.remaining = remaining;
    }

    @Override
    public ApiRequest request() {
      return request;
    }

    @Override
    public ErrorResponse response() {
      return response;
    }

    @Override
    public LatchkeyException decoded() {
      return decoded;
    }

    @Override
    public Optional<Secret> sentHeader(String name) {
      Objects.requireNonNull(name, "name");
      return Optional.ofNullable(sent.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Duration remaining() {
      return remaining;
    }
  }

  private Request okRequest(ApiRequest request, OneShotBody body, List<Secret> secrets, Map<String, Secret> sentAuth,
      long deadlineAt) {
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
          sentAuth.put(name.toLowerCase(Locale.ROOT), value);
        }

        @Override
        public void sensitive(Secret value) {
          secrets.add(value);
        }

        @Override
        public Duration remaining() {
          return Duration.ofNanos(Math.max(0, deadlineAt - System.nanoTime()));
        }
      });
    } catch (LatchkeyException e) {
      throw e;
    } catch (RuntimeException e) {
      // The authenticator's own exception might quote a credential: report only its type.
      throw new LatchkeyException(details(secrets)
          .message("could not authenticate " + request.method() + " " + safePath(request) + ": "
              + e.getClass().getSimpleName())
          .category(ErrorCategory.AUTHENTICATION)
          .retryable(false)
          .build());
    }
    ok.header("User-Agent", userAgent);
    // Asking for gzip ourselves makes OkHttp leave the body compressed; the transport inflates it (isGzip).
    ok.header("Accept-Encoding", "gzip");
    boolean acceptGiven = false;
    for (ApiRequest.Param header : request.headers()) {
      acceptGiven |= header.name.equalsIgnoreCase("Accept");
    }
    if (!acceptGiven) {
      ok.header("Accept", "application/json");
    }
    return ok.build();
  }

  private LatchkeyResponseException tooLarge(int status, ApiRequest request, int attempt, String size) {
    return new LatchkeyResponseException(details(knownSecrets(request))
        .httpStatus(status)
        .attempts(attempt)
        .message("the response to " + request.method() + " " + safePath(request) + " is too large ("
            + size + "; the limit is maxResponseBytes = " + maxResponseBytes + ")")
        .category(ErrorCategory.UNEXPECTED_RESPONSE)
        .retryable(false)
        .build(), Problem.TOO_LARGE);
  }

  private ErrorResponse errorResponse(Response response, ApiRequest request, int attempt, List<Secret> secrets) {
    long limit = Math.min(maxResponseBytes, MAX_ERROR_BODY_BYTES);
    byte[] bytes = new byte[0];
    boolean truncated = false;
    boolean unreadable = false;
    try {
      BufferedSource source = response.body().source();
      truncated = source.request(limit + 1);
      Buffer raw = new Buffer();
      raw.write(source.getBuffer(), Math.min(limit, source.getBuffer().size()));
      if (isGzip(response) && raw.size() > 0) {
        Buffer inflated = new Buffer();
        try {
          truncated |= !inflate(raw, inflated, limit);
        } catch (IOException | RuntimeException e) {
          // A cut gzip stream ends early; only a whole one that fails is unreadable.
          unreadable = !truncated;
        }
        raw = inflated;
      }
      bytes = raw.readByteArray(Math.min(limit, raw.size()));
    } catch (IOException | RuntimeException e) {
      // The status still tells what happened: decode it without the body rather than lose it.
      unreadable = true;
      truncated = false;
    }
    ErrorResponse.Builder error = ErrorResponse.builder()
        .vendor(vendor)
        .status(response.code())
        .body(unreadable ? "" : new String(bytes, StandardCharsets.UTF_8))
        .bodyTruncated(truncated)
        .bodyUnreadable(unreadable)
        .method(request.method())
        .path(request.path())
        .attempts(attempt)
        .secrets(secrets)
        .redactor(redactor)
        .clock(clock);
    for (Map.Entry<String, List<String>> header : response.headers().toMultimap().entrySet()) {
      String name = header.getKey().equalsIgnoreCase(HIDDEN_RETRY_AFTER) ? "Retry-After" : header.getKey();
      header.getValue().forEach(value -> error.header(name, value));
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

  /**
   * Types an I/O failure of one attempt: an interrupt, the deadline passing, a timeout or a connection failure,
   * before or while reading the response.
   */
  private Attempt ioFailure(ApiRequest request, int attempt, IOException e, List<Secret> secrets,
      Duration deadline, long deadlineAt, boolean readingBody) {
    if (Thread.currentThread().isInterrupted()) {
      return Attempt.failed(interrupted(request, attempt, "while it was under way", null), false);
    }
    String reason = redactor.snippet(e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()), 200, secrets);
    boolean timeout = e instanceof InterruptedIOException;
    if (timeout && System.nanoTime() - deadlineAt >= -DEADLINE_SLACK_NANOS) {
      return Attempt.failed(new LatchkeyTimeoutException(networkDetails(request, attempt)
          .message("the deadline of " + deadline + " for " + request.method() + " " + safePath(request)
              + " passed during attempt " + attempt + " (" + reason + ")")
          .cause(e)
          .build()), false);
    }
    String what = timeout ? "timed out on " : readingBody ? "the connection failed while reading the response to "
        : "could not reach the API for ";
    // A write cut off after it was sent may have been applied: say so, since it is not sent again.
    String maybeApplied = request.retrySafe() ? "" : "; it may have reached the API, so it was not sent again";
    LatchkeyException.Details details = networkDetails(request, attempt)
        .message(what + request.method() + " " + safePath(request) + " (" + reason + ")" + maybeApplied)
        .cause(e)
        .build();
    return Attempt.failed(timeout ? new LatchkeyTimeoutException(details)
        : new LatchkeyConnectionException(details), true);
  }

  private LatchkeyException.Details.Builder networkDetails(ApiRequest request, int attempt) {
    return details(knownSecrets(request))
        .attempts(attempt)
        .category(ErrorCategory.NETWORK)
        .retryable(true);
  }

  private LatchkeyTimeoutException deadlinePassed(ApiRequest request, int attempts, Duration deadline,
      LatchkeyException last) {
    return new LatchkeyTimeoutException(networkDetails(request, attempts)
        .message("the deadline of " + deadline + " for " + request.method() + " " + safePath(request)
            + " passed after " + attempts + (attempts == 1 ? " attempt" : " attempts"))
        .cause(last)
        .build());
  }

  private LatchkeyInterruptedException interrupted(ApiRequest request, int attempts, String when,
      LatchkeyException last) {
    LatchkeyException.Details.Builder details = details(knownSecrets(request))
        .attempts(attempts)
        .message("the thread was interrupted: gave up " + request.method() + " " + safePath(request) + " "
            + when + (last == null ? "" : " (last answer: " + last.getMessage() + ")"))
        .category(ErrorCategory.NETWORK)
        .retryable(false)
        .cause(last);
    if (last != null && last.httpStatus().isPresent()) {
      details.httpStatus(last.httpStatus().getAsInt());
    }
    return new LatchkeyInterruptedException(details.build());
  }

  private LatchkeyConnectionException sentTwice(ApiRequest request, int attempt) {
    return new LatchkeyConnectionException(networkDetails(request, attempt)
        .message("refused to send " + request.method() + " " + safePath(request) + " a second time within one"
            + " attempt (an OkHttp interceptor tried to repeat it); it may have reached the API once")
        .retryable(false)
        .build());
  }

  private LatchkeyResponseException unreadable(ApiRequest request, int attempt, Integer status, String why,
      Exception e) {
    return new LatchkeyResponseException(details(knownSecrets(request))
        .httpStatus(status)
        .attempts(attempt)
        .message((status == null ? "the response to " : "the HTTP " + status + " response to ")
            + request.method() + " " + safePath(request) + " could not be read: " + why + " ("
            + e.getClass().getSimpleName() + ")")
        .category(ErrorCategory.UNEXPECTED_RESPONSE)
        .retryable(false)
        .cause(e)
        .build(), Problem.UNREADABLE);
  }

  private LatchkeyResponseException redirect(Response response, ApiRequest request, int attempt,
      List<Secret> secrets) {
    String location = response.header("Location");
    HttpUrl target = null;
    if (location != null) {
      try {
        target = response.request().url().resolve(location);
      } catch (RuntimeException e) {
        target = null;
      }
    }
    // Only the origin: a Location's path or query may carry tokens.
    String where = target == null ? "without a usable Location"
        : "to " + redactor.redact(target.scheme() + "://" + target.host() + ":" + target.port(), secrets);
    return new LatchkeyResponseException(details(secrets)
        .httpStatus(response.code())
        .attempts(attempt)
        .message("the API answered " + request.method() + " " + safePath(request) + " with a redirect " + where
            + "; redirects are not followed (check the endpoint URL)")
        .category(HttpStatuses.category(response.code()))
        .retryable(false)
        .build(), Problem.REDIRECT);
  }

  private static long saturatedNanos(Duration duration) {
    // Beyond ~73 years Duration.toNanos() overflows; such a deadline means "none".
    return duration.compareTo(MAX_DEADLINE) >= 0 ? MAX_DEADLINE.toNanos() : duration.toNanos();
  }

  private Optional<Duration> delayBeforeRetry(RetryPolicy retryPolicy, int attempt, String retryAfterHeader) {
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

  /**
   * Details preset with the vendor and this transport's redactor, and the exact secret values to remove from
   * every server-controlled text of the exception, its cause included.
   */
  private LatchkeyException.Details.Builder details(Collection<Secret> secrets) {
    return LatchkeyException.Details.builder().vendor(vendor).redactor(redactor).secrets(secrets);
  }

  /** The client's secrets and the request's own (a PIN); the credential headers are among the client's. */
  private List<Secret> knownSecrets(ApiRequest request) {
    List<Secret> known = new ArrayList<>(clientSecrets);
    known.addAll(request.secrets());
    return known;
  }

  private String safePath(ApiRequest request) {
    return redactor.redact(request.path(), request.secrets());
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
    private Duration deadline = DEFAULT_DEADLINE;
    private final List<Secret> secrets = new ArrayList<>();
    private Redactor redactor = Redactor.defaults();

    private Builder() {}

    /**
     * The client's own credentials (API key, client secret, webhook secret): their exact values are removed
     * from every error body, message and log line of this transport, whichever request they turn up in.
     *
     * @param secrets the secret values
     * @return this builder
     */
    public Builder secrets(Secret... secrets) {
      for (Secret secret : secrets) {
        this.secrets.add(Objects.requireNonNull(secret, "secret"));
      }
      return this;
    }

    /**
     * The redactor for every text this transport puts into exceptions and logs; vendor modules register their
     * credential prefixes on it (default {@link Redactor#defaults()}).
     *
     * @param redactor the redactor
     * @return this builder
     */
    public Builder redactor(Redactor redactor) {
      this.redactor = Objects.requireNonNull(redactor, "redactor");
      return this;
    }

    /**
     * The base URL, such as {@code https://connect.getseam.com}; required.
     *
     * @param baseUrl the base URL
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Urls.parseHttp(Objects.requireNonNull(baseUrl, "baseUrl"));
      return this;
    }

    /**
     * The vendor id reported in exceptions and logs, such as {@code "seam"}; required.
     *
     * @param vendor the vendor id
     * @return this builder
     */
    public Builder vendor(String vendor) {
      this.vendor = Objects.requireNonNull(vendor, "vendor");
      return this;
    }

    /**
     * Adds authentication to every attempt (default: none).
     *
     * @param authenticator the authenticator
     * @return this builder
     */
    public Builder authenticator(RequestAuthenticator authenticator) {
      this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
      return this;
    }

    /**
     * Turns error responses into the vendor's exceptions (default: {@link ErrorDecoder#generic()}).
     *
     * @param errorDecoder the error decoder
     * @return this builder
     */
    public Builder errorDecoder(ErrorDecoder errorDecoder) {
      this.errorDecoder = Objects.requireNonNull(errorDecoder, "errorDecoder");
      return this;
    }

    /**
     * The retry policy (default {@link RetryPolicy#defaults()}).
     *
     * @param retryPolicy the retry policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * A client to derive from, bringing its proxy, TLS, connection pool and interceptors; it is not
     * modified. Its timeouts are kept unless set on this builder (its call timeout is still cut to the
     * {@linkplain #deadline(Duration) deadline}). The derived client never re-sends on its own, whatever this
     * one says: retry on connection failure, redirects and its {@code authenticator} are turned off there.
     *
     * @param okHttpClient the client to derive from
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /**
     * The connect timeout (default 10 s).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Durations.requirePositive(timeout, "connectTimeout");
      return this;
    }

    /**
     * The read and write timeout between bytes (default 30 s).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Durations.requirePositive(timeout, "readTimeout");
      return this;
    }

    /**
     * The timeout of one whole attempt, connect to last byte (default 60 s); {@link Duration#ZERO} turns it
     * off. It bounds a server that trickles a body; OkHttp arms a watchdog for it on every call, which costs
     * a few microseconds.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Durations.requireNonNegative(timeout, "callTimeout");
      return this;
    }

    /**
     * The time one call may take in all: every attempt and every wait between retries (default
     * {@link #DEFAULT_DEADLINE}, 2 minutes). No retry is started or waited for when it would end after the
     * deadline (the last failure is thrown instead); each attempt's call timeout is cut to the time left, and
     * an attempt cut short by it fails with {@link LatchkeyTimeoutException}. A request may set its own with
     * per-call options, {@link ApiRequest.Builder#options(dev.latchkey.core.RequestOptions)}.
     *
     * @param deadline the whole-call deadline, positive
     * @return this builder
     * @throws IllegalArgumentException when the deadline is zero or negative
     */
    public Builder deadline(Duration deadline) {
      this.deadline = Durations.requirePositive(deadline, "deadline");
      return this;
    }

    /**
     * The largest response body read (default 8 MiB); larger ones fail with {@code TOO_LARGE}.
     *
     * @param maxResponseBytes the limit in bytes
     * @return this builder
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1 || maxResponseBytes > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("maxResponseBytes out of range: " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * The clock used to read {@code Retry-After} dates (default the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * What waits between attempts (default {@link Sleeper#SYSTEM}).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Builds the transport.
     *
     * @throws IllegalStateException when the base URL or vendor is missing
     *
     * @return the transport
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
  }
}
