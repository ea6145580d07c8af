package dev.latchkey.testkit.nuki;

import dev.latchkey.core.WebhookSignatures;
import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.testkit.InjectedFailure;
import dev.latchkey.testkit.Refusal;
import dev.latchkey.testkit.SimulatorReply;
import dev.latchkey.testkit.SimulatorRequest;
import dev.latchkey.testkit.SimulatorServer;
import dev.latchkey.testkit.Webhook;
import dev.latchkey.testkit.WebhookDelivery;
import dev.latchkey.testkit.WebhookScript;
import dev.latchkey.testkit.WebhookSigner;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Nuki Web API simulator: a real HTTP server on {@code 127.0.0.1} (a free port) that speaks Nuki's wire
 * format for the calls the Latchkey Nuki client makes, and delivers the results of the advanced calls as
 * signed webhooks.
 *
 * <p>Routes, all behind {@code Authorization: Bearer <api token>} (401 {@code {"detailMessage":"Your access
 * token is not authorized"}} otherwise):
 * <ul>
 *   <li>{@code GET /smartlock}, {@code GET /smartlock/{id}}: {@code serverState} 0 (online) or 4 (offline),
 *       {@code operationId} while busy, {@code state.state};</li>
 *   <li>{@code POST /smartlock/{id}/action} (204) and {@code .../action/advanced} ({@code {"requestId"}}), body
 *       {@code {action, option}};</li>
 *   <li>{@code GET /smartlock/auth}, {@code GET /smartlock/{id}/auth}, {@code PUT /smartlock/{id}/auth},
 *       {@code PUT /smartlock/auth} ({@code smartlockIds}), {@code PUT /smartlock/auth/advanced},
 *       {@code POST} and {@code DELETE /smartlock/{id}/auth/{authId}}, {@code DELETE /smartlock/auth} (a JSON
 *       array of ids);</li>
 *   <li>{@code PUT} and {@code GET /api/decentralWebhook} ({@code {id, secret, webhookUrl, webhookFeatures}}),
 *       {@code DELETE /api/decentralWebhook/{id}};</li>
 *   <li>{@code GET /api/key/{apiKeyId}/webhook/logs?limit=&id=}: every webhook attempt, newest first, lost
 *       ones included.</li>
 * </ul>
 *
 * <p>An operation on a smartlock whose {@code operationId} is set ({@link #setBusy}) answers 423, a keypad code
 * (type 13) already on the smartlock 409. The result of
 * an advanced call is POSTed to every registered decentral webhook, signed with {@code
 * X-Nuki-Signature-SHA256} (hex HMAC-SHA256 of the exact body keyed with that webhook's secret): {@code
 * {"detail":[failed smartlocks], "type":"AuthCreation", "requestId", "success"}} for an authorization creation
 * (the shape of Nuki's error-code page), {@code {"type":"UnlockAction", "requestId", "smartlockId",
 * "success"}} for an action. An offline smartlock fails with {@code errorCode} {@code ff};
 * {@link #failNextOperation} makes any byte error. Only {@code AuthCreation} and {@code UnlockAction} are
 * type names Nuki publishes; the simulator names the other actions {@code LockAction}, {@code UnlatchAction},
 * {@code LockNGoAction}, {@code LockNGoWithUnlatchAction} and {@code OpenerAction}, its own guesses.
 * A result is sent as soon as the call is answered, so it may reach the receiver before the caller has read
 * the {@code requestId}, a race a receiver must handle with Nuki too. {@link #scriptNextWebhook} delays,
 * duplicates or loses it; every attempt shows in the webhook logs.
 *
 * <pre>{@code
 * try (NukiSimulator nuki = NukiSimulator.start()) {
 *   NukiClient client = NukiClient.builder().baseUrl(nuki.baseUrl()).apiToken(nuki.apiToken()).build();
 *   nuki.setOnline(102, false);
 *   ...
 * }
 * }</pre>
 *
 * <p>Thread-safe: requests and test controls may come from any thread; the state is guarded by one lock.
 */
public final class NukiSimulator implements AutoCloseable {

  /** The API token {@link #start()} accepts. */
  public static final String DEFAULT_API_TOKEN = "nuki-simulator-token-0000";

  /** The API key id {@link #start()} serves webhook logs for. */
  public static final long DEFAULT_API_KEY_ID = 9;

  /** The header the webhooks are signed with by default. */
  public static final String SIGNATURE_HEADER = "X-Nuki-Signature-SHA256";

  /** The header named on Nuki's monitoring page, sent instead when {@link #signWithLegacyHeader} is on. */
  public static final String LEGACY_SIGNATURE_HEADER = "X-Nuki-Signature";

  private static final int ACCOUNT_ID = 1;
  private static final int OPENER_TYPE = 2;
  private static final int MAX_LOG_LIMIT = 100;

  private final Object lock = new Object();
  private final SecureRandom random = new SecureRandom();
  private final String apiToken;
  private final long apiKeyId;
  private final Map<Long, Smartlock> smartlocks = new LinkedHashMap<>();
  private final Map<String, Map<String, JsonValue>> authorizations = new LinkedHashMap<>();
  private final Map<Long, Registration> webhooks = new LinkedHashMap<>();
  private final Deque<WebhookScript> scripts = new ArrayDeque<>();
  private final SimulatorServer server;
  private long nextAuthId;
  private long nextRequestId;
  private long nextWebhookId;
  private boolean legacySignatureHeader;

  private NukiSimulator(Builder builder) {
    this.apiToken = builder.apiToken;
    this.apiKeyId = builder.apiKeyId;
    if (builder.seedSmartlocks) {
      smartlocks.put(101L, new Smartlock(101, "Front door", 4));
      smartlocks.put(102L, new Smartlock(102, "Back door", 4));
      smartlocks.put(103L, new Smartlock(103, "Garage", 4));
    }
    builder.smartlocks.forEach(s -> smartlocks.put(s.id, s));
    this.server = SimulatorServer.builder()
        .name("nuki-simulator")
        .clock(builder.clock)
        .lock(lock)
        .before(this::checkToken)
        .route("GET", "/smartlock", r -> listSmartlocks())
        .route("GET", "/smartlock/auth", r -> listAuthorizations(null))
        .route("PUT", "/smartlock/auth", r -> createAuthorizations(r, null, false))
        .route("DELETE", "/smartlock/auth", this::deleteAuthorizations)
        .route("PUT", "/smartlock/auth/advanced", r -> createAuthorizations(r, null, true))
        .route("GET", "/smartlock/{smartlockId}", this::getSmartlock)
        .route("POST", "/smartlock/{smartlockId}/action", r -> action(r, false))
        .route("POST", "/smartlock/{smartlockId}/action/advanced", r -> action(r, true))
        .route("GET", "/smartlock/{smartlockId}/auth", r -> listAuthorizations(smartlockOf(r).id))
        .route("PUT", "/smartlock/{smartlockId}/auth", r -> createAuthorizations(r, smartlockOf(r).id, false))
        .route("POST", "/smartlock/{smartlockId}/auth/{authId}", this::updateAuthorization)
        .route("DELETE", "/smartlock/{smartlockId}/auth/{authId}", this::deleteAuthorization)
        .route("PUT", "/api/decentralWebhook", this::registerWebhook)
        .route("GET", "/api/decentralWebhook", r -> listWebhooks())
        .route("DELETE", "/api/decentralWebhook/{webhookId}", this::deleteWebhook)
        .route("GET", "/api/key/{apiKeyId}/webhook/logs", this::webhookLogs)
        .otherwise(r -> NukiErrorBody.restlet(404, "Not Found", "The server has not found anything matching the"
            + " request URI"))
        .start();
  }

  /**
   * Starts a simulator with the default token, API key id and three online smartlocks (101, 102, 103).
   *
   * @return the running simulator
   */
  public static NukiSimulator start() {
    return builder().start();
  }

  /** {@return a builder: the default token and API key id, three seeded smartlocks} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the base URL, {@code http://127.0.0.1:<port>}} */
  public String baseUrl() {
    return server.url();
  }

  /** {@return the API token the simulator accepts} */
  public String apiToken() {
    return apiToken;
  }

  /** {@return the API key id whose webhook logs the simulator serves} */
  public long apiKeyId() {
    return apiKeyId;
  }

  /** {@return the shared server, for the request log, webhook log and connection-level failures} */
  public SimulatorServer server() {
    return server;
  }

  /** {@return the smartlock ids, in the order they were added} */
  public List<Long> smartlockIds() {
    synchronized (lock) {
      return List.copyOf(smartlocks.keySet());
    }
  }

  /**
   * Adds a smartlock, online and locked.
   *
   * @param smartlockId its id
   * @param name its name
   * @param type its device type (0 keyturner, 2 opener, 4 smart lock 3.0, ...)
   * @throws IllegalArgumentException when the id is taken
   */
  public void addSmartlock(long smartlockId, String name, int type) {
    Objects.requireNonNull(name, "name");
    synchronized (lock) {
      if (smartlocks.containsKey(smartlockId)) {
        throw new IllegalArgumentException("smartlock " + smartlockId + " exists");
      }
      smartlocks.put(smartlockId, new Smartlock(smartlockId, name, type));
    }
  }

  /**
   * Takes a smartlock online ({@code serverState} 0) or offline (4: its operations fail with {@code ff}).
   *
   * @param smartlockId the smartlock
   * @param online whether it is online
   * @throws IllegalArgumentException when there is no such smartlock
   */
  public void setOnline(long smartlockId, boolean online) {
    synchronized (lock) {
      known(smartlockId).online = online;
    }
  }

  /**
   * Marks a smartlock busy with another operation: it shows the {@code operationId}, and its operations
   * answer 423 until {@link #setIdle} is called.
   *
   * @param smartlockId the smartlock
   * @param operationId the operation it is busy with
   * @throws IllegalArgumentException when there is no such smartlock
   */
  public void setBusy(long smartlockId, String operationId) {
    Objects.requireNonNull(operationId, "operationId");
    synchronized (lock) {
      known(smartlockId).operationId = operationId;
    }
  }

  /**
   * Ends a smartlock's busy spell.
   *
   * @param smartlockId the smartlock
   * @throws IllegalArgumentException when there is no such smartlock
   */
  public void setIdle(long smartlockId) {
    synchronized (lock) {
      known(smartlockId).operationId = null;
    }
  }

  /**
   * Makes the next operation on a smartlock fail with a byte error code (in the result webhook of an advanced
   * call; a plain call still answers 204 and changes nothing). Calls queue up, one per operation.
   *
   * @param smartlockId the smartlock
   * @param byteCode the error code, 0 to 255 (sent as lowercase hex, {@code 0x13} as {@code "13"})
   * @throws IllegalArgumentException when there is no such smartlock or the code is not a byte
   */
  public void failNextOperation(long smartlockId, int byteCode) {
    if (byteCode < 0 || byteCode > 0xFF) {
      throw new IllegalArgumentException("not a byte: " + byteCode);
    }
    synchronized (lock) {
      known(smartlockId).failures.add(String.format("%02x", byteCode));
    }
  }

  /**
   * Decides what becomes of the next result webhook (delayed, duplicated, lost). Calls queue up, one per
   * advanced call; a call with no script left has its webhook sent at once, once.
   *
   * @param script the script
   */
  public void scriptNextWebhook(WebhookScript script) {
    Objects.requireNonNull(script, "script");
    synchronized (lock) {
      scripts.add(script);
    }
  }

  /**
   * Signs the webhooks sent from now on with {@code X-Nuki-Signature} instead of
   * {@code X-Nuki-Signature-SHA256} (same value).
   *
   * @param legacy whether to use the legacy header name
   */
  public void signWithLegacyHeader(boolean legacy) {
    synchronized (lock) {
      legacySignatureHeader = legacy;
    }
  }

  /**
   * Answers the next request, whatever its path, with this error.
   *
   * @param error the error, one of {@link NukiErrorBody}'s forms or any other reply
   */
  public void failNext(SimulatorReply error) {
    server.failNext(InjectedFailure.reply(error));
  }

  /**
   * Answers the next request to a path with this error.
   *
   * @param path an exact path or a route pattern such as {@code /smartlock/{smartlockId}/action}
   * @param error the error, one of {@link NukiErrorBody}'s forms or any other reply
   */
  public void failNext(String path, SimulatorReply error) {
    server.failNext(InjectedFailure.reply(error).onPath(path));
  }

  /**
   * {@return a smartlock's lock state ({@code state.state}: 1 locked, 3 unlocked, 5 unlatched, 6 unlocked
   * by lock'n'go)}
   *
   * @param smartlockId the smartlock
   * @throws IllegalArgumentException when there is no such smartlock
   */
  public int lockState(long smartlockId) {
    synchronized (lock) {
      return known(smartlockId).state;
    }
  }

  /**
   * {@return the names of a smartlock's authorizations, in the order they were created}
   *
   * @param smartlockId the smartlock
   */
  public List<String> authorizationNames(long smartlockId) {
    synchronized (lock) {
      List<String> names = new ArrayList<>();
      for (Map<String, JsonValue> auth : authorizations.values()) {
        if (auth.get("smartlockId").numberValue().longValue() == smartlockId) {
          names.add(auth.get("name").stringValue());
        }
      }
      return List.copyOf(names);
    }
  }

  /** Stops the server and drops the webhooks not yet sent. */
  @Override
  public void close() {
    server.close();
  }

  /**
   * Names the simulator without its token.
   *
   * @return text such as {@code NukiSimulator[http://127.0.0.1:41234]}
   */
  @Override
  public String toString() {
    return "NukiSimulator[" + server.url() + "]";
  }

  // ---- plumbing

  private Optional<SimulatorReply> checkToken(SimulatorRequest request) {
    String expected = "Bearer " + apiToken;
    if (request.header("Authorization").filter(expected::equals).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(NukiErrorBody.detailMessage(401, "Your access token is not authorized"));
  }

  /** Nuki's usual refusal, {@code {"detailMessage": ...}}, thrown from inside a route. */
  private static Refusal refusal(int status, String message) {
    return new Refusal(NukiErrorBody.detailMessage(status, message));
  }

  private Smartlock known(long smartlockId) {
    Smartlock smartlock = smartlocks.get(smartlockId);
    if (smartlock == null) {
      throw new IllegalArgumentException("no smartlock " + smartlockId);
    }
    return smartlock;
  }

  private Smartlock smartlockOf(SimulatorRequest request) {
    return smartlock(parseLong(request.pathParameter("smartlockId")));
  }

  private Smartlock smartlock(long smartlockId) {
    Smartlock smartlock = smartlocks.get(smartlockId);
    if (smartlock == null) {
      throw refusal(404, "Smartlock not found: " + smartlockId);
    }
    return smartlock;
  }

  private static void notBusy(Smartlock smartlock) {
    if (smartlock.operationId != null) {
      throw refusal(423, "Smartlock " + smartlock.id
          + " is busy with another operation");
    }
  }

  private static long parseLong(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw refusal(400, "Not a number: " + text);
    }
  }

  private static JsonValue body(SimulatorRequest request) {
    try {
      return request.json();
    } catch (RuntimeException e) {
      throw refusal(400, "The request body is not JSON");
    }
  }

  private static JsonValue required(JsonValue body, String name) {
    JsonValue value = body.path(name);
    if (value.isMissing() || value.isNull()) {
      throw refusal(400, "Missing parameter: " + name);
    }
    return value;
  }

  private static int integer(JsonValue body, String name) {
    JsonValue value = required(body, name);
    if (!value.isNumber()) {
      throw refusal(400, "Not a number: " + name);
    }
    return value.numberValue().intValue();
  }

  // ---- smartlocks and actions

  private SimulatorReply listSmartlocks() {
    JsonValue.ArrayBuilder list = JsonValue.array();
    smartlocks.values().forEach(s -> list.add(s.toJson()));
    return SimulatorReply.json(200, list.build());
  }

  private SimulatorReply getSmartlock(SimulatorRequest request) {
    return SimulatorReply.json(200, smartlockOf(request).toJson().build());
  }

  private SimulatorReply action(SimulatorRequest request, boolean advanced) {
    Smartlock smartlock = smartlockOf(request);
    JsonValue body = body(request);
    int action = integer(body, "action");
    if (action < 1 || action > 7) {
      throw refusal(400, "Unknown action: " + action);
    }
    notBusy(smartlock);
    String errorCode = outcome(smartlock);
    if (errorCode == null && smartlock.type != OPENER_TYPE) {
      smartlock.state = switch (action) {
        case 1 -> 3;
        case 2 -> 1;
        case 3 -> 5;
        default -> 6;
      };
    }
    if (!advanced) {
      return SimulatorReply.empty(204);
    }
    String requestId = nextRequestId();
    JsonValue.ObjectBuilder result = JsonValue.object()
        .put("type", actionType(smartlock, action))
        .put("requestId", requestId)
        .put("smartlockId", smartlock.id)
        .put("success", errorCode == null);
    if (errorCode != null) {
      result.put("errorCode", errorCode);
    }
    sendResult(requestId, result.build());
    return SimulatorReply.json(200, JsonValue.object().put("requestId", requestId).build());
  }

  private static String actionType(Smartlock smartlock, int action) {
    if (smartlock.type == OPENER_TYPE) {
      return "OpenerAction";
    }
    return switch (action) {
      case 1 -> "UnlockAction";
      case 2 -> "LockAction";
      case 3 -> "UnlatchAction";
      case 4 -> "LockNGoAction";
      default -> "LockNGoWithUnlatchAction";
    };
  }

  /** The error code the next operation on a smartlock ends with, or null for a success. */
  private static String outcome(Smartlock smartlock) {
    String scripted = smartlock.failures.poll();
    if (scripted != null) {
      return scripted;
    }
    return smartlock.online ? null : "ff";
  }

  // ---- authorizations

  private SimulatorReply listAuthorizations(Long smartlockId) {
    JsonValue.ArrayBuilder list = JsonValue.array();
    for (Map<String, JsonValue> auth : authorizations.values()) {
      if (smartlockId == null || auth.get("smartlockId").numberValue().longValue() == smartlockId) {
        JsonValue.ObjectBuilder json = JsonValue.object();
        auth.forEach(json::put);
        list.add(json);
      }
    }
    return SimulatorReply.json(200, list.build());
  }

  private SimulatorReply createAuthorizations(SimulatorRequest request, Long pathSmartlockId, boolean advanced) {
    JsonValue body = body(request);
    required(body, "name");
    integer(body, "type");
    List<Smartlock> targets = new ArrayList<>();
    if (pathSmartlockId != null) {
      targets.add(smartlock(pathSmartlockId));
    } else {
      JsonValue ids = required(body, "smartlockIds");
      if (!ids.isArray() || ids.size() == 0) {
        throw refusal(400, "smartlockIds must be a non-empty array");
      }
      for (JsonValue id : ids) {
        if (!id.isNumber()) {
          throw refusal(400, "smartlockIds must hold numbers");
        }
        targets.add(smartlock(id.numberValue().longValue()));
      }
    }
    targets.forEach(NukiSimulator::notBusy);
    for (Smartlock target : targets) {
      refuseTakenKeypadCode(target.id, body);
    }
    String requestId = advanced ? nextRequestId() : null;
    JsonValue.ArrayBuilder failed = JsonValue.array();
    boolean success = true;
    for (Smartlock target : targets) {
      String errorCode = outcome(target);
      if (errorCode == null) {
        addAuthorization(target.id, body);
      } else {
        success = false;
        failed.add(JsonValue.object().put("smartlockId", target.id).put("success", false)
            .put("errorCode", errorCode).put("id", nextHexId("6565a1b2", ++nextAuthId)));
      }
    }
    if (!advanced) {
      return SimulatorReply.empty(204);
    }
    sendResult(requestId, JsonValue.object().put("detail", failed).put("type", "AuthCreation")
        .put("requestId", requestId).put("success", success).build());
    return SimulatorReply.json(200, JsonValue.object().put("requestId", requestId).build());
  }

  /** A keypad code (type 13) already on the smartlock is a conflict, as Nuki answers it. */
  private void refuseTakenKeypadCode(long smartlockId, JsonValue body) {
    JsonValue code = body.path("code");
    if (body.path("type").asString().equals("13") && code.isNumber()) {
      for (Map<String, JsonValue> auth : authorizations.values()) {
        if (auth.get("smartlockId").numberValue().longValue() == smartlockId && code.equals(auth.get("code"))) {
          throw refusal(409, "A keypad code with this code already exists on"
              + " smartlock " + smartlockId);
        }
      }
    }
  }

  private void addAuthorization(long smartlockId, JsonValue body) {
    String id = nextHexId("6565a1b2", ++nextAuthId);
    Map<String, JsonValue> auth = new LinkedHashMap<>();
    auth.put("id", JsonValue.of(id));
    auth.put("smartlockId", JsonValue.of(smartlockId));
    auth.put("enabled", JsonValue.of(true));
    auth.put("lockCount", JsonValue.of(0));
    body.properties().forEach(e -> {
      if (!e.getKey().equals("smartlockIds")) {
        auth.put(e.getKey(), e.getValue());
      }
    });
    authorizations.put(id, auth);
  }

  private Map<String, JsonValue> authorizationOf(SimulatorRequest request) {
    Smartlock smartlock = smartlockOf(request);
    Map<String, JsonValue> auth = authorizations.get(request.pathParameter("authId"));
    if (auth == null || auth.get("smartlockId").numberValue().longValue() != smartlock.id) {
      throw refusal(404, "Authorization not found");
    }
    notBusy(smartlock);
    return auth;
  }

  private SimulatorReply updateAuthorization(SimulatorRequest request) {
    Map<String, JsonValue> auth = authorizationOf(request);
    JsonValue body = body(request);
    required(body, "name");
    body.properties().forEach(e -> auth.put(e.getKey(), e.getValue()));
    return SimulatorReply.empty(204);
  }

  private SimulatorReply deleteAuthorization(SimulatorRequest request) {
    authorizationOf(request);
    authorizations.remove(request.pathParameter("authId"));
    return SimulatorReply.empty(204);
  }

  private SimulatorReply deleteAuthorizations(SimulatorRequest request) {
    JsonValue ids = body(request);
    if (!ids.isArray()) {
      throw refusal(400, "The body must be an array of authorization ids");
    }
    for (JsonValue id : ids) {
      if (!id.isString()) {
        throw refusal(400, "Authorization ids are strings");
      }
      authorizations.remove(id.stringValue());
    }
    return SimulatorReply.empty(204);
  }

  // ---- decentral webhooks and their logs

  private SimulatorReply registerWebhook(SimulatorRequest request) {
    JsonValue body = body(request);
    String url = required(body, "webhookUrl").asString();
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw refusal(400, "Invalid webhookUrl");
    }
    // Nuki requires https; the simulator also takes http, since a test's receiver listens on loopback.
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
      throw refusal(400, "Invalid webhookUrl");
    }
    JsonValue listed = required(body, "webhookFeatures");
    if (!listed.isArray()) {
      throw refusal(400, "webhookFeatures must be an array");
    }
    List<String> features = new ArrayList<>();
    for (JsonValue feature : listed) {
      features.add(feature.asString());
    }
    byte[] secret = new byte[20];
    random.nextBytes(secret);
    Registration registration = new Registration(++nextWebhookId, uri, List.copyOf(features),
        HexFormat.of().formatHex(secret));
    webhooks.put(registration.id, registration);
    return SimulatorReply.json(200, registration.toJson().put("secret", registration.secret).build());
  }

  private SimulatorReply listWebhooks() {
    JsonValue.ArrayBuilder list = JsonValue.array();
    webhooks.values().forEach(w -> list.add(w.toJson()));
    return SimulatorReply.json(200, list.build());
  }

  private SimulatorReply deleteWebhook(SimulatorRequest request) {
    if (webhooks.remove(parseLong(request.pathParameter("webhookId"))) == null) {
      throw refusal(404, "Webhook not found");
    }
    return SimulatorReply.empty(204);
  }

  private void sendResult(String requestId, JsonValue result) {
    WebhookScript script = scripts.poll();
    String header = legacySignatureHeader ? LEGACY_SIGNATURE_HEADER : SIGNATURE_HEADER;
    for (Registration registration : webhooks.values()) {
      byte[] key = registration.secret.getBytes(StandardCharsets.UTF_8);
      WebhookSigner signer = (id, timestamp, bytes) -> Map.of(header, WebhookSignatures.hmacSha256Hex(key, bytes));
      Webhook.Builder webhook = Webhook.builder(registration.url).json(result).id(requestId).signer(signer);
      if (script != null) {
        webhook.script(script);
      }
      server.deliver(webhook.build());
    }
  }

  private SimulatorReply webhookLogs(SimulatorRequest request) {
    if (parseLong(request.pathParameter("apiKeyId")) != apiKeyId) {
      throw refusal(403, "Not your API key");
    }
    int limit = request.queryParameter("limit").map(text -> (int) parseLong(text)).orElse(MAX_LOG_LIMIT);
    if (limit < 1 || limit > MAX_LOG_LIMIT) {
      throw refusal(400, "limit must be between 1 and " + MAX_LOG_LIMIT);
    }
    List<WebhookDelivery> deliveries = server.webhookDeliveries();
    int end = deliveries.size();
    Optional<String> olderThan = request.queryParameter("id");
    if (olderThan.isPresent()) {
      end = logIndex(olderThan.get(), deliveries.size());
    }
    JsonValue.ArrayBuilder page = JsonValue.array();
    for (int i = end - 1; i >= 0 && end - i <= limit; i--) {
      page.add(logEntry(i, deliveries.get(i)));
    }
    return SimulatorReply.json(200, page.build());
  }

  private static int logIndex(String id, int size) {
    try {
      int index = Integer.parseInt(id, 16) - 1;
      if (index >= 0 && index < size) {
        return index;
      }
    } catch (NumberFormatException e) {
      // Falls through to the refusal below.
    }
    throw refusal(400, "Unknown log id");
  }

  private JsonValue.ObjectBuilder logEntry(int index, WebhookDelivery delivery) {
    JsonValue request;
    try {
      request = Json.parse(delivery.body());
    } catch (RuntimeException e) {
      request = JsonValue.of(delivery.body());
    }
    String at = delivery.at().toString();
    JsonValue.ObjectBuilder entry = JsonValue.object()
        .put("id", String.format("%024x", index + 1))
        .put("accountId", ACCOUNT_ID)
        .put("apiKeyId", apiKeyId)
        .put("created", at)
        .put("updated", at)
        .put("requestId", delivery.id())
        .put("succeeded", delivery.accepted())
        .put("request", request)
        .put("response", delivery.response());
    if (delivery.status() != 0) {
      entry.put("responseStatus", delivery.status());
    }
    return entry;
  }

  private String nextRequestId() {
    return nextHexId("5f5f0000", ++nextRequestId);
  }

  private static String nextHexId(String prefix, long counter) {
    return prefix + String.format("%016x", counter);
  }

  /** A smartlock's state; guarded by the simulator's lock. */
  private static final class Smartlock {
    final long id;
    final String name;
    final int type;
    final Deque<String> failures = new ArrayDeque<>();
    boolean online = true;
    String operationId;
    int state = 1;

    Smartlock(long id, String name, int type) {
      this.id = id;
      this.name = name;
      this.type = type;
    }

    JsonValue.ObjectBuilder toJson() {
      JsonValue.ObjectBuilder json = JsonValue.object()
          .put("smartlockId", id)
          .put("accountId", ACCOUNT_ID)
          .put("type", type)
          .put("name", name)
          .put("favorite", false)
          .put("serverState", online ? 0 : 4)
          .put("adminPinState", 0);
      if (operationId != null) {
        json.put("operationId", operationId);
      }
      return json.put("state", JsonValue.object().put("mode", 2).put("state", state).put("trigger", 0)
          .put("batteryCritical", false));
    }
  }

  /** A registered decentral webhook. */
  private record Registration(long id, URI url, List<String> features, String secret) {

    JsonValue.ObjectBuilder toJson() {
      JsonValue.ArrayBuilder list = JsonValue.array();
      features.forEach(list::add);
      return JsonValue.object().put("id", id).put("webhookUrl", url.toString()).put("webhookFeatures", list);
    }

    @Override
    public String toString() {
      return "Registration[" + id + " " + url + "]";
    }
  }

  /** Builds a {@link NukiSimulator}. Not thread-safe. */
  public static final class Builder {

    private final List<Smartlock> smartlocks = new ArrayList<>();
    private String apiToken = DEFAULT_API_TOKEN;
    private long apiKeyId = DEFAULT_API_KEY_ID;
    private boolean seedSmartlocks = true;
    private Clock clock = Clock.systemUTC();

    private Builder() {
    }

    /**
     * The API token the simulator accepts (default {@link #DEFAULT_API_TOKEN}).
     *
     * @param apiToken the token, not blank
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder apiToken(String apiToken) {
      if (apiToken == null || apiToken.isBlank()) {
        throw new IllegalArgumentException("apiToken must not be blank");
      }
      this.apiToken = apiToken;
      return this;
    }

    /**
     * The API key id whose webhook logs the simulator serves (default {@link #DEFAULT_API_KEY_ID}).
     *
     * @param apiKeyId the id
     * @return this builder
     */
    public Builder apiKeyId(long apiKeyId) {
      this.apiKeyId = apiKeyId;
      return this;
    }

    /**
     * Whether to start with smartlocks 101, 102 and 103, online and locked (default true).
     *
     * @param seed whether to seed them
     * @return this builder
     */
    public Builder seedSmartlocks(boolean seed) {
      this.seedSmartlocks = seed;
      return this;
    }

    /**
     * Adds a smartlock, locked, online or offline.
     *
     * @param smartlockId its id
     * @param name its name
     * @param type its device type (0 keyturner, 2 opener, 4 smart lock 3.0, ...)
     * @param online whether it is online
     * @return this builder
     */
    public Builder smartlock(long smartlockId, String name, int type, boolean online) {
      Smartlock smartlock = new Smartlock(smartlockId, Objects.requireNonNull(name, "name"), type);
      smartlock.online = online;
      smartlocks.add(smartlock);
      return this;
    }

    /**
     * The clock webhook attempts are stamped with, which the webhook logs' {@code created} shows (default the
     * system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Starts the simulator.
     *
     * @return the running simulator
     */
    public NukiSimulator start() {
      return new NukiSimulator(this);
    }
  }
}
