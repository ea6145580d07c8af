package dev.latchkey.testkit.seam;

import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonException;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.testkit.InjectedFailure;
import dev.latchkey.testkit.Refusal;
import dev.latchkey.testkit.SimulatorReply;
import dev.latchkey.testkit.SimulatorRequest;
import dev.latchkey.testkit.SimulatorServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A Seam API simulator: a real HTTP server on {@code 127.0.0.1} (a free port) that speaks the Seam wire format
 * for the routes the Latchkey Seam client uses.
 *
 * <p>Routes: {@code /access_codes/get|list|create|update|delete},
 * {@code /access_codes/unmanaged/list|convert_to_managed}, {@code /devices/get|list} and
 * {@code /action_attempts/get}, all {@code POST} with a JSON body. Like Seam, it checks the
 * {@code Authorization: Bearer <api key>} header (401 {@code unauthorized}) and the JSON content type (400
 * {@code invalid_content_type}), answers missing parameters with 400 {@code invalid_input} and
 * {@code validation_errors}, unknown ids with 404 ({@code device_not_found}, {@code access_code_not_found},
 * {@code action_attempt_not_found}, {@code not_found} for unknown routes), a PIN already used on the device
 * with 409 {@code duplicate_access_code}, and puts a {@code seam-request-id} header on every response.
 *
 * <p>Test controls: {@link #putProblem} puts any error or warning on an access code, {@link #failNext} makes
 * the next request(s) answer an HTTP error (any type and status, 429 with {@code Retry-After}, 503, or a raw
 * body), {@link #scriptNextActionAttempt} decides how the next action attempt ends, and {@link #requests()}
 * lists what was received.
 *
 * <pre>{@code
 * try (SeamSimulator seam = SeamSimulator.start()) {
 *   String device = seam.deviceIds().get(0);
 *   SeamClient client = SeamClient.builder().baseUrl(seam.baseUrl()).apiKey(seam.apiKey()).build();
 *   ...
 * }
 * }</pre>
 *
 * <p>Thread-safe: requests and test controls may come from any thread.
 */
public final class SeamSimulator implements AutoCloseable {

  /** The API key {@link #start()} accepts. */
  public static final String DEFAULT_API_KEY = "seam_testkey_simulator_0000";

  private static final String REQUEST_ID_HEADER = "seam-request-id";

  private final Object lock = new Object();
  private final String apiKey;
  private final SimulatorServer server;
  private final AtomicLong idCounter = new AtomicLong();
  private final Map<String, Device> devices = new LinkedHashMap<>();
  private final Map<String, Code> codes = new LinkedHashMap<>();
  private final Map<String, Attempt> attempts = new LinkedHashMap<>();
  private final Deque<ActionAttemptScript> scripts = new ArrayDeque<>();
  private final ActionAttemptScript defaultScript;

  private SeamSimulator(Builder builder) {
    this.apiKey = builder.apiKey;
    this.defaultScript = builder.defaultScript;
    if (builder.seedDevices) {
      addSeedDevice("Front Door");
      addSeedDevice("Back Door");
      addSeedDevice("Garage");
    }
    builder.devices.forEach((id, name) -> devices.put(id, new Device(id, name)));
    server = SimulatorServer.builder()
        .name("seam-simulator")
        .lock(lock)
        .before(this::checkCall)
        .route("POST", "/access_codes/get", params(this::getAccessCode))
        .route("POST", "/access_codes/list", params(this::listAccessCodes))
        .route("POST", "/access_codes/create", params(this::createAccessCode))
        .route("POST", "/access_codes/update", params(this::updateAccessCode))
        .route("POST", "/access_codes/delete", params(this::deleteAccessCode))
        .route("POST", "/access_codes/unmanaged/list", params(this::listUnmanaged))
        .route("POST", "/access_codes/unmanaged/convert_to_managed", params(this::convertToManaged))
        .route("POST", "/devices/get", params(this::getDevice))
        .route("POST", "/devices/list", params(params -> listDevices()))
        .route("POST", "/action_attempts/get", params(this::getActionAttempt))
        .otherwise(request -> error(404, "not_found", "Route not found: " + request.path()))
        .after((request, reply) -> reply.withHeader(REQUEST_ID_HEADER, requestId(request)))
        .start();
  }

  /**
   * Starts a simulator with the default API key and three seeded devices.
   *
   * @return the running simulator
   */
  public static SeamSimulator start() {
    return builder().start();
  }

  /** {@return a builder for a simulator with other options} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the base URL to give a client as its endpoint, such as {@code http://127.0.0.1:53817}} */
  public String baseUrl() {
    return server.url();
  }

  /** {@return the base URL as a URI} */
  public URI baseUri() {
    return URI.create(baseUrl());
  }

  /** {@return the port the simulator listens on} */
  public int port() {
    return server.port();
  }

  /** {@return the API key the simulator accepts} */
  public String apiKey() {
    return apiKey;
  }

  /** {@return the ids of the devices, seeded first, in insertion order} */
  public List<String> deviceIds() {
    synchronized (lock) {
      return List.copyOf(devices.keySet());
    }
  }

  /**
   * Adds a device and returns its id.
   *
   * @param name the display name
   * @return the new device's id
   */
  public String addDevice(String name) {
    synchronized (lock) {
      String id = newId();
      devices.put(id, new Device(id, Objects.requireNonNull(name, "name")));
      return id;
    }
  }

  /**
   * Adds a managed access code directly (no request, no action attempt) with status {@code set}.
   *
   * @param deviceId the id of a simulated device
   * @param name the code's name, or null
   * @param pin the PIN
   * @return the new code's id
   * @throws IllegalArgumentException when there is no such device
   */
  public String addAccessCode(String deviceId, String name, String pin) {
    return addCode(deviceId, name, pin, true);
  }

  /**
   * Adds an unmanaged access code (one set outside Seam) and returns its id.
   *
   * @param deviceId the id of a simulated device
   * @param name the code's name, or null
   * @param pin the PIN
   * @return the new code's id
   */
  public String addUnmanagedAccessCode(String deviceId, String name, String pin) {
    return addCode(deviceId, name, pin, false);
  }

  private String addCode(String deviceId, String name, String pin, boolean managed) {
    synchronized (lock) {
      if (!devices.containsKey(deviceId)) {
        throw new IllegalArgumentException("no such simulated device: " + deviceId);
      }
      Code code = new Code(newId(), deviceId, name, Objects.requireNonNull(pin, "pin"), managed);
      code.status = "set";
      codes.put(code.id, code);
      return code.id;
    }
  }

  /**
   * Whether a managed or unmanaged access code with this id exists.
   *
   * @param accessCodeId the id
   * @return true when it exists
   */
  public boolean hasAccessCode(String accessCodeId) {
    synchronized (lock) {
      return codes.containsKey(accessCodeId);
    }
  }

  /**
   * Whether the access code with this id is managed (false when it is unmanaged or does not exist).
   *
   * @param accessCodeId the id
   * @return true for an existing managed code
   */
  public boolean isManaged(String accessCodeId) {
    synchronized (lock) {
      Code code = codes.get(accessCodeId);
      return code != null && code.managed;
    }
  }

  /**
   * Puts an error or warning on an access code; it shows in every later response that carries the code.
   *
   * @param accessCodeId the id of an access code
   * @param problem the error or warning
   * @throws IllegalArgumentException when there is no such access code
   */
  public void putProblem(String accessCodeId, SimulatedProblem problem) {
    Objects.requireNonNull(problem, "problem");
    synchronized (lock) {
      Code code = codes.get(accessCodeId);
      if (code == null) {
        throw new IllegalArgumentException("no such simulated access code: " + accessCodeId);
      }
      (problem.isWarning() ? code.warnings : code.errors).add(problem);
    }
  }

  /**
   * Removes every error and warning from an access code.
   *
   * @param accessCodeId the id of an access code
   */
  public void clearProblems(String accessCodeId) {
    synchronized (lock) {
      Code code = codes.get(accessCodeId);
      if (code != null) {
        code.errors.clear();
        code.warnings.clear();
      }
    }
  }

  /**
   * Answers the next matching request(s) with this failure instead of the normal response. Failures queue up
   * in order; each is used {@link InjectedFailure#times()} times. They are answered before the API key check,
   * with a {@code seam-request-id} like every response.
   *
   * @param failure the failure: one of Seam's ({@link SimulatedFailure}), or any other
   */
  public void failNext(InjectedFailure failure) {
    server.failNext(failure);
  }

  /**
   * Decides how the next action attempt that a create, update or delete starts will behave (queued, FIFO).
   *
   * @param script the script
   */
  public void scriptNextActionAttempt(ActionAttemptScript script) {
    synchronized (lock) {
      scripts.add(Objects.requireNonNull(script, "script"));
    }
  }

  /** {@return the requests received so far, oldest first} */
  public List<RecordedSeamRequest> requests() {
    return server.requests().stream()
        .map(r -> new RecordedSeamRequest(r.method(), r.path(), r.headers(), r.body(), requestId(r)))
        .toList();
  }

  /**
   * How many requests to this route were received.
   *
   * @param path the route, such as {@code /access_codes/get}
   * @return the count
   */
  public long requestCount(String path) {
    return server.requestCount(path);
  }

  /** Forgets the recorded requests. */
  public void clearRequests() {
    server.clearRequests();
  }

  /**
   * The shared server underneath, for what this class does not wrap: the raw request log, the webhook log.
   *
   * @return the server
   */
  public SimulatorServer server() {
    return server;
  }

  /** Stops the server at once and frees its threads. */
  @Override
  public void close() {
    server.close();
  }

  /**
   * Names the simulator and its URL.
   *
   * @return text such as {@code SeamSimulator[http://127.0.0.1:53817]}
   */
  @Override
  public String toString() {
    return "SeamSimulator[" + baseUrl() + "]";
  }

  // ---------------------------------------------------------------------------------------------------------
  // Calls

  /** Seam's checks on every call, in Seam's order: API key, method, content type, a JSON object body. */
  private Optional<SimulatorReply> checkCall(SimulatorRequest request) {
    Optional<String> authorization = request.header("authorization");
    if (authorization.isEmpty() || !authorization.get().equals("Bearer " + apiKey)) {
      return Optional.of(
          error(401, "unauthorized", authorization.isEmpty() ? "Unauthorized" : "API Key not found"));
    }
    if (!"POST".equals(request.method())) {
      return Optional.of(error(405, "method_not_allowed", "Only POST is supported by the simulator"));
    }
    String contentType = request.header("content-type").orElse("");
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return Optional.of(error(400, "invalid_content_type", "Content-Type must be application/json"));
    }
    JsonValue params;
    try {
      params = request.json();
    } catch (JsonException e) {
      return Optional.of(error(400, "invalid_input", "The request body is not valid JSON"));
    }
    if (!params.isObject()) {
      return Optional.of(error(400, "invalid_input", "The request body must be a JSON object"));
    }
    return Optional.empty();
  }

  /** A route handler that reads the JSON parameters {@link #checkCall} has checked. */
  private static Function<SimulatorRequest, SimulatorReply> params(Function<JsonValue, SimulatorReply> route) {
    return request -> route.apply(request.json());
  }

  private static String requestId(SimulatorRequest request) {
    return "req_" + request.sequence();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Routes

  /** The access code named by {@code access_code_id}; refused as Seam does when it is missing or unknown. */
  private Code findCode(JsonValue params, boolean managed) {
    String id = text(params, "access_code_id");
    if (id == null) {
      throw new Refusal(missing("access_code_id"));
    }
    Code code = codes.get(id);
    if (code == null || code.managed != managed) {
      String message = managed ? "Access code not found" : "Unmanaged access code not found";
      throw new Refusal(error(404, "access_code_not_found", message));
    }
    return code;
  }

  /** The device named by {@code device_id}; refused as Seam does when it is missing or unknown. */
  private Device findDevice(JsonValue params) {
    String id = text(params, "device_id");
    if (id == null) {
      throw new Refusal(missing("device_id"));
    }
    Device device = devices.get(id);
    if (device == null) {
      throw new Refusal(error(404, "device_not_found", "Device not found"));
    }
    return device;
  }

  private SimulatorReply getAccessCode(JsonValue params) {
    Code code = findCode(params, true);
    return ok(root -> root.put("access_code", code.toJson()));
  }

  private SimulatorReply listAccessCodes(JsonValue params) {
    String deviceId = text(params, "device_id");
    JsonValue ids = params.get("access_code_ids");
    if (deviceId == null && (ids == null || !ids.isArray())) {
      return invalidInput(
          "Must specify either device_id or access_code_ids", Map.of("device_id", "Required"));
    }
    if (deviceId != null && !devices.containsKey(deviceId)) {
      return error(404, "device_not_found", "Device not found");
    }
    List<Code> found = new ArrayList<>();
    if (deviceId != null) {
      codes.values().stream().filter(c -> c.managed && c.deviceId.equals(deviceId)).forEach(found::add);
    } else {
      for (JsonValue idNode : ids) {
        Code code = idNode.isString() ? codes.get(idNode.stringValue()) : null;
        if (code != null && code.managed) {
          found.add(code);
        }
      }
    }
    JsonValue.ArrayBuilder array = JsonValue.array();
    found.forEach(code -> array.add(code.toJson()));
    return ok(root -> root.put("access_codes", array));
  }

  private SimulatorReply createAccessCode(JsonValue params) {
    String deviceId = findDevice(params).id;
    String pin = text(params, "code");
    SimulatorReply problem = checkPin(deviceId, pin, null);
    if (problem != null) {
      return problem;
    }
    Code code = new Code(newId(), deviceId, text(params, "name"), pin == null ? freePin(deviceId) : pin, true);
    code.startsAt = text(params, "starts_at");
    code.endsAt = text(params, "ends_at");
    code.status = "setting";
    codes.put(code.id, code);
    // Seam answers a create with the code still "setting"; the attempt decides when it becomes "set".
    JsonValue createdJson = code.toJson();
    Attempt attempt = newAttempt("CREATE_ACCESS_CODE", () -> code.status = "set");
    return ok(root -> {
      root.put("access_code", createdJson);
      root.put("action_attempt", attempt.toJson());
    });
  }

  private SimulatorReply updateAccessCode(JsonValue params) {
    Code code = findCode(params, true);
    String pin = text(params, "code");
    SimulatorReply problem = checkPin(code.deviceId, pin, code.id);
    if (problem != null) {
      return problem;
    }
    if (pin != null) {
      code.pin = pin;
    }
    if (text(params, "name") != null) {
      code.name = text(params, "name");
    }
    if (text(params, "starts_at") != null) {
      code.startsAt = text(params, "starts_at");
    }
    if (text(params, "ends_at") != null) {
      code.endsAt = text(params, "ends_at");
    }
    Attempt attempt = newAttempt("UPDATE_ACCESS_CODE", () -> { });
    return ok(root -> root.put("action_attempt", attempt.toJson()));
  }

  private SimulatorReply deleteAccessCode(JsonValue params) {
    Code code = findCode(params, true);
    code.status = "removing";
    Attempt attempt = newAttempt("DELETE_ACCESS_CODE", () -> codes.remove(code.id));
    return ok(root -> root.put("action_attempt", attempt.toJson()));
  }

  private SimulatorReply listUnmanaged(JsonValue params) {
    String deviceId = findDevice(params).id;
    JsonValue.ArrayBuilder array = JsonValue.array();
    codes.values().stream()
        .filter(c -> !c.managed && c.deviceId.equals(deviceId))
        .forEach(c -> array.add(c.toJson()));
    return ok(root -> root.put("access_codes", array));
  }

  private SimulatorReply convertToManaged(JsonValue params) {
    Code code = findCode(params, false);
    code.managed = true;
    return ok(root -> { });
  }

  private SimulatorReply getDevice(JsonValue params) {
    Device device = findDevice(params);
    return ok(root -> root.put("device", device.toJson()));
  }

  private SimulatorReply listDevices() {
    JsonValue.ArrayBuilder array = JsonValue.array();
    devices.values().forEach(d -> array.add(d.toJson()));
    return ok(root -> root.put("devices", array));
  }

  private SimulatorReply getActionAttempt(JsonValue params) {
    String id = text(params, "action_attempt_id");
    if (id == null) {
      return missing("action_attempt_id");
    }
    Attempt attempt = attempts.get(id);
    if (attempt == null) {
      return error(404, "action_attempt_not_found", "Action attempt not found");
    }
    attempt.poll();
    return ok(root -> root.put("action_attempt", attempt.toJson()));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers

  private SimulatorReply checkPin(String deviceId, String pin, String exceptId) {
    if (pin == null) {
      return null;
    }
    if (!pin.matches("[0-9]{4,8}")) {
      return invalidInput("Invalid code", Map.of("code", "Code must be 4 to 8 digits"));
    }
    boolean taken = codes.values().stream()
        .anyMatch(c -> c.deviceId.equals(deviceId) && c.pin.equals(pin) && !c.id.equals(exceptId));
    return taken
        ? error(409, "duplicate_access_code", "An access code with this code already exists on the device")
        : null;
  }

  private String freePin(String deviceId) {
    for (int candidate = 1000 + codes.size(); ; candidate++) {
      String pin = Integer.toString(candidate);
      if (codes.values().stream().noneMatch(c -> c.deviceId.equals(deviceId) && c.pin.equals(pin))) {
        return pin;
      }
    }
  }

  private Attempt newAttempt(String actionType, Runnable onSuccess) {
    ActionAttemptScript script = scripts.isEmpty() ? defaultScript : scripts.poll();
    Attempt attempt = new Attempt(newId(), actionType, script, onSuccess);
    attempts.put(attempt.id, attempt);
    attempt.settleIfDue();
    return attempt;
  }

  private void addSeedDevice(String name) {
    String id = UUID.nameUUIDFromBytes(("latchkey-seam-simulator:" + name).getBytes(StandardCharsets.UTF_8))
        .toString();
    devices.put(id, new Device(id, name));
  }

  private String newId() {
    return new UUID(0x5ea3_0000_0000_4000L, 0x8000_0000_0000_0000L | idCounter.incrementAndGet()).toString();
  }

  private static String text(JsonValue params, String name) {
    JsonValue node = params.get(name);
    return node != null && node.isString() && !node.stringValue().isEmpty() ? node.stringValue() : null;
  }

  private static SimulatorReply ok(Consumer<JsonValue.ObjectBuilder> filler) {
    JsonValue.ObjectBuilder root = JsonValue.object();
    filler.accept(root);
    root.put("ok", true);
    return SimulatorReply.json(root.build());
  }

  /** Seam's error envelope {@code {"error": {"type", "message"}, "ok": false}}. */
  static SimulatorReply error(int status, String type, String message) {
    return errorReply(status, type, message, null);
  }

  private static SimulatorReply missing(String param) {
    return invalidInput("Required parameter missing: " + param, Map.of(param, "Required"));
  }

  private static SimulatorReply invalidInput(String message, Map<String, String> problems) {
    JsonValue.ObjectBuilder validation = JsonValue.object().put("_errors", JsonValue.array());
    problems.forEach((param, problem) ->
        validation.put(param, JsonValue.object().put("_errors", JsonValue.array().add(problem))));
    return errorReply(400, "invalid_input", message, validation.build());
  }

  private static SimulatorReply errorReply(int status, String type, String message, JsonValue validationErrors) {
    JsonValue.ObjectBuilder error = JsonValue.object().put("type", type).put("message", message);
    if (validationErrors != null) {
      error.put("validation_errors", validationErrors);
    }
    JsonValue root = JsonValue.object().put("error", error).put("ok", false).build();
    return SimulatorReply.json(status, root);
  }

  private static JsonValue problemJson(SimulatedProblem problem) {
    JsonValue.ObjectBuilder node = JsonValue.object();
    node.put(problem.isWarning() ? "warning_code" : "error_code", problem.code());
    node.put("message", problem.message());
    if (!problem.isWarning()) {
      switch (problem.origin()) {
        case ACCESS_CODE -> node.put("is_access_code_error", true);
        case DEVICE -> node.put("is_device_error", true);
        case CONNECTED_ACCOUNT -> {
          node.put("is_connected_account_error", true);
          node.put("is_device_error", false);
        }
      }
    }
    node.put("created_at", problem.createdAt().toString());
    problem.extraFields().forEach((name, value) -> node.put(name, Json.toTree(value)));
    return node.build();
  }

  private static final class Device {
    final String id;
    final String name;
    final Instant createdAt = Instant.parse("2026-01-01T00:00:00Z");

    Device(String id, String name) {
      this.id = id;
      this.name = name;
    }

    JsonValue toJson() {
      JsonValue.ObjectBuilder node = JsonValue.object();
      node.put("device_id", id);
      node.put("device_type", "august_lock");
      node.put("display_name", name);
      node.put("connected_account_id", "5ea3acc0-0000-4000-8000-000000000001");
      node.put("workspace_id", "5ea3a0c0-0000-4000-8000-000000000001");
      node.put("properties", JsonValue.object().put("name", name).put("online", true).put("locked", true));
      node.put("capabilities_supported", JsonValue.array().add("access_code").add("lock"));
      node.put("errors", JsonValue.array());
      node.put("warnings", JsonValue.array());
      node.put("created_at", createdAt.toString());
      return node.build();
    }
  }

  private static final class Code {
    final String id;
    final String deviceId;
    final Instant createdAt = Instant.parse("2026-01-01T00:00:00Z");
    final List<SimulatedProblem> errors = new ArrayList<>();
    final List<SimulatedProblem> warnings = new ArrayList<>();
    String name;
    String pin;
    boolean managed;
    String status;
    String startsAt;
    String endsAt;

    Code(String id, String deviceId, String name, String pin, boolean managed) {
      this.id = id;
      this.deviceId = deviceId;
      this.name = name;
      this.pin = pin;
      this.managed = managed;
    }

    JsonValue toJson() {
      JsonValue.ObjectBuilder node = JsonValue.object();
      node.put("access_code_id", id);
      node.put("device_id", deviceId);
      node.put("name", name);
      node.put("code", pin);
      node.put("type", startsAt != null || endsAt != null ? "time_bound" : "ongoing");
      if (startsAt != null) {
        node.put("starts_at", startsAt);
      }
      if (endsAt != null) {
        node.put("ends_at", endsAt);
      }
      node.put("status", status);
      node.put("is_managed", managed);
      node.put("is_external_modification_allowed", false);
      node.put("created_at", createdAt.toString());
      JsonValue.ArrayBuilder errorArray = JsonValue.array();
      errors.forEach(p -> errorArray.add(problemJson(p)));
      node.put("errors", errorArray);
      JsonValue.ArrayBuilder warningArray = JsonValue.array();
      warnings.forEach(p -> warningArray.add(problemJson(p)));
      node.put("warnings", warningArray);
      return node.build();
    }
  }

  private static final class Attempt {
    final String id;
    final String actionType;
    final ActionAttemptScript script;
    final Runnable onSuccess;
    int polls;
    String status = "pending";

    Attempt(String id, String actionType, ActionAttemptScript script, Runnable onSuccess) {
      this.id = id;
      this.actionType = actionType;
      this.script = script;
      this.onSuccess = onSuccess;
    }

    void poll() {
      if ("pending".equals(status) && polls < script.pendingPolls()) {
        polls++;
        return;
      }
      settle();
    }

    void settleIfDue() {
      if (script.pendingPolls() == 0) {
        settle();
      }
    }

    private void settle() {
      if (!"pending".equals(status)) {
        return;
      }
      if (script.fails()) {
        status = "error";
      } else {
        status = "success";
        onSuccess.run();
      }
    }

    JsonValue toJson() {
      JsonValue.ObjectBuilder node = JsonValue.object();
      node.put("action_attempt_id", id);
      node.put("action_type", actionType);
      node.put("status", status);
      if ("success".equals(status)) {
        node.put("result", JsonValue.object());
      } else {
        node.putNull("result");
      }
      if ("error".equals(status)) {
        node.put("error", JsonValue.object().put("type", script.errorType()).put("message", script.errorMessage()));
      } else {
        node.putNull("error");
      }
      return node.build();
    }
  }

  /** Builds a {@link SeamSimulator}; {@link #start()} starts it. Not thread-safe. */
  public static final class Builder {
    private String apiKey = DEFAULT_API_KEY;
    private boolean seedDevices = true;
    private final Map<String, String> devices = new LinkedHashMap<>();
    private ActionAttemptScript defaultScript = ActionAttemptScript.succeedImmediately();

    private Builder() {}

    /**
     * The API key the simulator accepts (default {@link SeamSimulator#DEFAULT_API_KEY}).
     *
     * @param apiKey the key, not blank
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      if (apiKey == null || apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey must not be blank");
      }
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Whether to seed three devices: Front Door, Back Door, Garage (default true).
     *
     * @param seedDevices whether to seed
     * @return this builder
     */
    public Builder seedDevices(boolean seedDevices) {
      this.seedDevices = seedDevices;
      return this;
    }

    /**
     * Adds a device with a chosen id.
     *
     * @param deviceId the id
     * @param name the display name
     * @return this builder
     */
    public Builder device(String deviceId, String name) {
      devices.put(Objects.requireNonNull(deviceId, "deviceId"), Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * How action attempts behave when no script is queued (default: succeed immediately).
     *
     * @param script the script
     * @return this builder
     */
    public Builder defaultActionAttempts(ActionAttemptScript script) {
      this.defaultScript = Objects.requireNonNull(script, "script");
      return this;
    }

    /**
     * Starts the simulator on 127.0.0.1 and a free port.
     *
     * @return the running simulator
     */
    public SeamSimulator start() {
      return new SeamSimulator(this);
    }
  }
}
