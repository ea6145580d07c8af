package dev.latchkey.testkit.seam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeamSimulatorTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private SeamSimulator seam;

  @BeforeEach
  void start() {
    seam = SeamSimulator.start();
  }

  @AfterEach
  void stop() {
    seam.close();
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return post(path, body, "Bearer " + seam.apiKey(), "application/json");
  }

  private HttpResponse<String> post(String path, String body, String auth, String contentType)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(seam.baseUrl() + path))
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) {
      request.header("Authorization", auth);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonValue json(HttpResponse<String> response) {
    return Json.parse(response.body());
  }

  @Test
  void listensOnLoopbackWithSeededDevices() throws Exception {
    assertThat(seam.baseUrl()).startsWith("http://127.0.0.1:");
    assertThat(seam.deviceIds()).hasSize(3);
    HttpResponse<String> response = post("/devices/list", "{}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("devices")).hasSize(3);
    assertThat(response.headers().firstValue("seam-request-id")).isPresent();
  }

  @Test
  void rejectsWrongKeyMissingKeyAndWrongContentType() throws Exception {
    HttpResponse<String> wrongKey = post("/devices/list", "{}", "Bearer nope", "application/json");
    assertThat(wrongKey.statusCode()).isEqualTo(401);
    assertThat(json(wrongKey).path("error").path("type").asString()).isEqualTo("unauthorized");
    assertThat(wrongKey.headers().firstValue("seam-request-id")).isPresent();
    assertThat(post("/devices/list", "{}", null, "application/json").statusCode()).isEqualTo(401);

    HttpResponse<String> text = post("/devices/list", "{}", "Bearer " + seam.apiKey(), "text/plain");
    assertThat(text.statusCode()).isEqualTo(400);
    assertThat(json(text).path("error").path("type").asString()).isEqualTo("invalid_content_type");
  }

  @Test
  void missingParameterGivesValidationErrors() throws Exception {
    HttpResponse<String> response = post("/access_codes/create", "{}");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonValue error = json(response).path("error");
    assertThat(error.path("type").asString()).isEqualTo("invalid_input");
    assertThat(error.path("validation_errors").path("device_id").path("_errors").get(0).asString())
        .isEqualTo("Required");
    assertThat(json(response).path("ok").booleanValue()).isFalse();
  }

  @Test
  void createsGetsListsUpdatesAndDeletesAccessCodes() throws Exception {
    String device = seam.deviceIds().get(0);
    HttpResponse<String> created =
        post("/access_codes/create", "{\"device_id\":\"" + device + "\",\"name\":\"Guest\",\"code\":\"4821\"}");
    assertThat(created.statusCode()).isEqualTo(200);
    String id = json(created).path("access_code").path("access_code_id").asString();
    assertThat(json(created).path("access_code").path("status").asString()).isEqualTo("setting");
    assertThat(json(created).path("action_attempt").path("status").asString()).isEqualTo("success");

    JsonValue got = json(post("/access_codes/get", "{\"access_code_id\":\"" + id + "\"}"));
    assertThat(got.path("access_code").path("code").asString()).isEqualTo("4821");
    assertThat(got.path("access_code").path("status").asString()).isEqualTo("set");

    JsonValue listed = json(post("/access_codes/list", "{\"device_id\":\"" + device + "\"}"));
    assertThat(listed.path("access_codes")).hasSize(1);
    JsonValue byIds = json(post("/access_codes/list", "{\"access_code_ids\":[\"" + id + "\"]}"));
    assertThat(byIds.path("access_codes")).hasSize(1);

    HttpResponse<String> updated =
        post("/access_codes/update", "{\"access_code_id\":\"" + id + "\",\"code\":\"5555\"}");
    assertThat(json(updated).path("action_attempt").path("action_type").asString())
        .isEqualTo("UPDATE_ACCESS_CODE");
    assertThat(json(post("/access_codes/get", "{\"access_code_id\":\"" + id + "\"}"))
        .path("access_code").path("code").asString()).isEqualTo("5555");

    assertThat(post("/access_codes/delete", "{\"access_code_id\":\"" + id + "\"}").statusCode())
        .isEqualTo(200);
    assertThat(seam.hasAccessCode(id)).isFalse();
    HttpResponse<String> gone = post("/access_codes/get", "{\"access_code_id\":\"" + id + "\"}");
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(json(gone).path("error").path("type").asString()).isEqualTo("access_code_not_found");
  }

  @Test
  void duplicatePinIsAConflictAndUnknownIdsAreNotFound() throws Exception {
    String device = seam.deviceIds().get(0);
    seam.addAccessCode(device, "Existing", "1234");
    HttpResponse<String> duplicate =
        post("/access_codes/create", "{\"device_id\":\"" + device + "\",\"code\":\"1234\"}");
    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(json(duplicate).path("error").path("type").asString()).isEqualTo("duplicate_access_code");

    HttpResponse<String> noDevice = post("/devices/get", "{\"device_id\":\"nope\"}");
    assertThat(noDevice.statusCode()).isEqualTo(404);
    assertThat(json(noDevice).path("error").path("type").asString()).isEqualTo("device_not_found");
    assertThat(json(post("/nowhere", "{}")).path("error").path("type").asString()).isEqualTo("not_found");
  }

  @Test
  void problemsCarryOriginFlagsAndExtraFields() throws Exception {
    String device = seam.deviceIds().get(0);
    String id = seam.addAccessCode(device, "Guest", "2468");
    seam.putProblem(id, SimulatedProblem.error("duplicate_code_on_device")
        .duplicateOf("managed-1", "unmanaged-1").message("dup").build());
    seam.putProblem(id, SimulatedProblem.error("conflicting_external_modification")
        .changeType("modified").modifiedField("code", "2468", "1111").build());
    seam.putProblem(id, SimulatedProblem.error("device_offline").origin(SimulatedProblem.Origin.DEVICE).build());
    seam.putProblem(id, SimulatedProblem.error("account_disconnected")
        .origin(SimulatedProblem.Origin.CONNECTED_ACCOUNT).build());
    seam.putProblem(id, SimulatedProblem.warning("brand_new_warning").build());

    JsonValue code = json(post("/access_codes/get", "{\"access_code_id\":\"" + id + "\"}")).path("access_code");
    JsonValue errors = code.path("errors");
    assertThat(errors).hasSize(4);
    assertThat(errors.get(0).path("is_access_code_error").booleanValue()).isTrue();
    assertThat(errors.get(0).path("managed_access_code_id").asString()).isEqualTo("managed-1");
    assertThat(errors.get(0).path("unmanaged_access_code_id").asString()).isEqualTo("unmanaged-1");
    assertThat(errors.get(1).path("modified_fields").get(0).path("to").asString()).isEqualTo("1111");
    assertThat(errors.get(2).path("is_device_error").booleanValue()).isTrue();
    assertThat(errors.get(3).path("is_connected_account_error").booleanValue()).isTrue();
    assertThat(code.path("warnings").get(0).path("warning_code").asString()).isEqualTo("brand_new_warning");
  }

  @Test
  void injectedFailuresAnswerInOrderThenStop() throws Exception {
    seam.failNext(SimulatedFailure.rateLimited(Duration.ofSeconds(3)));
    seam.failNext(SimulatedFailure.serviceUnavailable().times(2).onPath("/devices/list"));
    HttpResponse<String> limited = post("/devices/list", "{}");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).contains("3");
    assertThat(post("/devices/get", "{\"device_id\":\"" + seam.deviceIds().get(0) + "\"}").statusCode())
        .isEqualTo(200);
    assertThat(post("/devices/list", "{}").statusCode()).isEqualTo(503);
    assertThat(post("/devices/list", "{}").statusCode()).isEqualTo(503);
    assertThat(post("/devices/list", "{}").statusCode()).isEqualTo(200);

    seam.failNext(SimulatedFailure.rawBody(502, "text/html", "<html>Bad gateway</html>"));
    HttpResponse<String> html = post("/devices/list", "{}");
    assertThat(html.statusCode()).isEqualTo(502);
    assertThat(html.body()).isEqualTo("<html>Bad gateway</html>");
  }

  @Test
  void actionAttemptsFollowTheirScript() throws Exception {
    String device = seam.deviceIds().get(1);
    seam.scriptNextActionAttempt(ActionAttemptScript.failAfter(2, "device_offline", "Lock is offline"));
    JsonValue created = json(post("/access_codes/create", "{\"device_id\":\"" + device + "\"}"));
    String attemptId = created.path("action_attempt").path("action_attempt_id").asString();
    assertThat(created.path("action_attempt").path("status").asString()).isEqualTo("pending");
    String poll = "{\"action_attempt_id\":\"" + attemptId + "\"}";
    assertThat(json(post("/action_attempts/get", poll)).path("action_attempt").path("status").asString())
        .isEqualTo("pending");
    assertThat(json(post("/action_attempts/get", poll)).path("action_attempt").path("status").asString())
        .isEqualTo("pending");
    JsonValue done = json(post("/action_attempts/get", poll)).path("action_attempt");
    assertThat(done.path("status").asString()).isEqualTo("error");
    assertThat(done.path("error").path("type").asString()).isEqualTo("device_offline");
    assertThat(done.path("error").path("message").asString()).isEqualTo("Lock is offline");
    assertThat(seam.requestCount("/action_attempts/get")).isEqualTo(3);
  }

  @Test
  void unmanagedCodesListAndConvert() throws Exception {
    String device = seam.deviceIds().get(2);
    String id = seam.addUnmanagedAccessCode(device, "Cleaner", "9999");
    JsonValue listed = json(post("/access_codes/unmanaged/list", "{\"device_id\":\"" + device + "\"}"));
    assertThat(listed.path("access_codes").get(0).path("is_managed").booleanValue()).isFalse();
    assertThat(post("/access_codes/unmanaged/convert_to_managed", "{\"access_code_id\":\"" + id + "\"}")
        .statusCode()).isEqualTo(200);
    assertThat(seam.isManaged(id)).isTrue();
  }

  @Test
  void recordsRequestsWithoutSecretsInToString() throws Exception {
    post("/devices/list", "{}");
    RecordedSeamRequest request = seam.requests().get(0);
    assertThat(request.path()).isEqualTo("/devices/list");
    assertThat(request.header("Authorization")).contains("Bearer " + seam.apiKey());
    assertThat(request.toString()).doesNotContain(seam.apiKey());
  }

  @Test
  void rejectsBadTestInput() {
    assertThatThrownBy(() -> SimulatedProblem.error("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SimulatedFailure.error(42, "x", "y")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> seam.putProblem("nope", SimulatedProblem.error("x").build()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
