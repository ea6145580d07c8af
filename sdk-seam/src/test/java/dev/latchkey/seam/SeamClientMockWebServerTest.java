package dev.latchkey.seam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyConnectionException;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Byte-level cases the simulator does not produce: exact request bodies, odd responses, dead servers. */
class SeamClientMockWebServerTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final List<Duration> sleeps = new ArrayList<>();
  private SeamClient client;

  @BeforeEach
  void build() {
    client = SeamClient.builder()
        .baseUrl(server.url("/").toString())
        .apiKey("seam_mws_key_123456")
        .environment(name -> null)
        .retryPolicy(RetryPolicy.builder().jitter(RetryPolicy.Jitter.NONE).build())
        .sleeper(sleeps::add)
        .build();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
        .addHeader("seam-request-id", "req-42").body(body).build();
  }

  @Test
  void createSendsTheSnakeCaseBody() throws Exception {
    server.enqueue(json(200, "{\"access_code\":{\"access_code_id\":\"ac\",\"device_id\":\"d\",\"code\":\"2580\","
        + "\"status\":\"setting\",\"brand_new_field\":{\"x\":1}},\"ok\":true}"));
    AccessCode code = client.accessCodes().create(CreateAccessCodeRequest.builder("d").name("Guest")
        .code("2580").startsAt(Instant.parse("2026-12-01T15:00:00Z")).externalModificationAllowed(true).build());
    assertThat(code.status()).isEqualTo("setting");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/access_codes/create");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer seam_mws_key_123456");
    assertThat(request.getBody().utf8()).isEqualTo("{\"device_id\":\"d\",\"name\":\"Guest\",\"code\":\"2580\","
        + "\"starts_at\":\"2026-12-01T15:00:00Z\",\"allow_external_modification\":true}");
  }

  @Test
  void listByIdsSendsAnArray() throws Exception {
    server.enqueue(json(200, "{\"access_codes\":[],\"ok\":true}"));
    assertThat(client.accessCodes().listByIds(List.of("a", "b"))).isEmpty();
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"access_code_ids\":[\"a\",\"b\"]}");
  }

  @Test
  void fakeStyleErrorWithStackAndDataIsDecoded() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(500, "{\"error\":{\"type\":\"internal_server_error\",\"message\":\"boom\","
          + "\"data\":{\"k\":1},\"stack\":\"Error: boom\\n at x\"},\"ok\":false}"));
    }
    assertThatThrownBy(() -> client.devices().list())
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.type()).isEqualTo(SeamHttpErrorType.INTERNAL_SERVER_ERROR);
          assertThat(e.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
          assertThat(e.requestId()).contains("req-42");
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.errorMessage()).contains("boom");
        });
  }

  @Test
  void requestLevelValidationErrors() {
    server.enqueue(json(400, "{\"error\":{\"type\":\"invalid_input\",\"message\":\"Both needed\","
        + "\"validation_errors\":{\"_errors\":[\"Both needed\"],\"device_id\":{\"_errors\":[\"Required\",\"Bad\"]}}},"
        + "\"ok\":false}"));
    assertThatThrownBy(() -> client.accessCodes().get("x"))
        .isInstanceOfSatisfying(SeamInvalidInputException.class, e -> {
          assertThat(e.validationErrors(SeamInvalidInputException.REQUEST_LEVEL)).containsExactly("Both needed");
          assertThat(e.validationErrors("device_id")).containsExactly("Required", "Bad");
          assertThat(e.validationErrors()).containsOnlyKeys("_errors", "device_id");
        });
  }

  @Test
  void rateLimitOnAWriteIsNotRetriedAndKeepsAnHttpDateRetryAfterMeasuredOnTheClientsClock() {
    Instant now = Instant.parse("2026-11-21T10:00:00Z");
    client = SeamClient.builder()
        .baseUrl(server.url("/").toString())
        .apiKey("seam_mws_key_123456")
        .environment(name -> null)
        .clock(Clock.fixed(now, ZoneOffset.UTC))
        .build();
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(120).atZone(ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
        .addHeader("Retry-After", date)
        .body("{\"error\":{\"type\":\"rate_limited\",\"message\":\"slow down\"},\"ok\":false}").build());
    assertThatThrownBy(() -> client.accessCodes().delete("ac"))
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.isRateLimited()).isTrue();
          assertThat(e.type()).isEqualTo(SeamHttpErrorType.RATE_LIMITED);
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
          assertThat(e.retryable()).isTrue();
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void emptyAndHtmlSuccessBodiesAreResponseExceptions() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").build());
    assertThatThrownBy(() -> client.devices().list())
        .isInstanceOfSatisfying(LatchkeyResponseException.class,
            e -> assertThat(e.problem()).isEqualTo(LatchkeyResponseException.Problem.EMPTY_BODY));
    server.enqueue(new MockResponse.Builder().code(200).body("<html>captive portal</html>").build());
    assertThatThrownBy(() -> client.devices().list())
        .isInstanceOfSatisfying(LatchkeyResponseException.class,
            e -> assertThat(e.problem()).isEqualTo(LatchkeyResponseException.Problem.WRONG_CONTENT_TYPE));
    server.enqueue(json(200, "[]"));
    assertThatThrownBy(() -> client.devices().list())
        .isInstanceOfSatisfying(LatchkeyResponseException.class,
            e -> assertThat(e.problem()).isEqualTo(LatchkeyResponseException.Problem.WRONG_SHAPE));
    server.enqueue(json(200, "{\"action_attempt\":{\"action_attempt_id\":\"a\",\"status\":\"exploded\"}}"));
    assertThatThrownBy(() -> client.actionAttempts().get("a"))
        .isInstanceOfSatisfying(LatchkeyResponseException.class,
            e -> assertThat(e.problem()).isEqualTo(LatchkeyResponseException.Problem.WRONG_SHAPE));
  }

  private static final String MALFORMED_PROBLEMS = "\"errors\":[{\"message\":\"no code\"},42,"
      + "{\"error_code\":7,\"message\":\"numeric\"},"
      + "{\"error_code\":\"duplicate_code_on_device\",\"managed_access_code_id\":\"m1\"}],"
      + "\"warnings\":[\"oops\",{\"warning_code\":\"external_modification_in_effect\",\"message\":\"kept\","
      + "\"change_type\":\"modified\",\"modified_fields\":[{\"field\":\"code\",\"from\":\"1111\",\"to\":\"2222\"}]}]";

  @Test
  void malformedErrorAndWarningEntriesAreKeptAsUnknownProblemsAndTheRestIsRead() {
    server.enqueue(json(200, "{\"access_code\":{\"access_code_id\":\"ac\",\"device_id\":\"d\","
        + MALFORMED_PROBLEMS + "},\"ok\":true}"));
    AccessCode code = client.accessCodes().get("ac");

    assertThat(code.errors()).hasSize(4);
    AccessCodeError noCode = code.errors().get(0);
    assertThat(noCode.code()).isEqualTo(SeamAccessCodeErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(noCode.problem().rawCode()).isEmpty();
    assertThat(noCode.problem().message()).isEqualTo("no code");
    assertThat(noCode.problem().remedies()).isEqualTo(SeamAccessCodeErrorCode.UNKNOWN_TO_SDK_VERSION.remedies());
    assertThat(code.errors().get(1).rawJson()).isEqualTo("42");
    assertThat(code.errors().get(1).code().isKnown()).isFalse();
    assertThat(code.errors().get(2).problem().fields()).containsEntry("error_code", "7");
    assertThat(code.errors().get(3).code()).isEqualTo(SeamAccessCodeErrorCode.DUPLICATE_CODE_ON_DEVICE);
    assertThat(code.errors().get(3).managedAccessCodeId()).contains("m1");

    assertThat(code.warnings()).hasSize(2);
    assertThat(code.warnings().get(0).rawJson()).isEqualTo("\"oops\"");
    AccessCodeWarning external = code.warnings().get(1);
    assertThat(external.code()).isEqualTo(SeamAccessCodeWarningCode.EXTERNAL_MODIFICATION_IN_EFFECT);
    assertThat(external.changeType()).contains("modified");
    assertThat(external.modifiedFields()).containsExactly(new ModifiedField("code", "1111", "2222"));
    assertThat(external.toString() + code.errors() + code.diagnose().report()).doesNotContain("1111", "2222");
    assertThat(code.diagnose().findings()).hasSize(6);
  }

  @Test
  void oneMalformedEntryDoesNotFailAList() {
    server.enqueue(json(200, "{\"access_codes\":[{\"access_code_id\":\"a1\",\"device_id\":\"d\","
        + MALFORMED_PROBLEMS + "},{\"access_code_id\":\"a2\",\"device_id\":\"d\"}],\"ok\":true}"));
    assertThat(client.accessCodes().list("d")).extracting(AccessCode::accessCodeId).containsExactly("a1", "a2");
  }

  @Test
  void emptyErrorBodyIsASeamExceptionTypedFromTheStatus() {
    server.enqueue(new MockResponse.Builder().code(403).addHeader("seam-request-id", "req-43").build());
    assertThatThrownBy(() -> client.devices().list())
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.httpStatus()).hasValue(403);
          assertThat(e.category()).isEqualTo(ErrorCategory.AUTHORIZATION);
          assertThat(e.type()).isEqualTo(SeamHttpErrorType.UNKNOWN_TO_SDK_VERSION);
          assertThat(e.rawCode()).isEmpty();
          assertThat(e.requestId()).contains("req-43");
          assertThat(e.getMessage()).contains("empty body").doesNotContain("unknown code");
        });
  }

  @Test
  void seamsOutageAnswerA503WithAnEmptyBodyIsAServerErrorAfterTheRetries() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(503).build());
    }
    assertThatThrownBy(() -> client.devices().list())
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.httpStatus()).hasValue(503);
          assertThat(e.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
          assertThat(e.retryable()).isTrue();
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.getMessage()).contains("HTTP 503", "empty body");
          // Seam sent no error type, so the advice is the catalog's for Seam's server errors.
          assertThat(e.remedies()).isNotEmpty().isEqualTo(SeamHttpErrorType.INTERNAL_SERVER_ERROR.remedies());
        });
  }

  @Test
  void anHtmlGatewayPageIsASeamExceptionQuotingTheBody() {
    server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "text/html")
        .body("<html><body>Bad gateway config</body></html>").build());
    assertThatThrownBy(() -> client.accessCodes().delete("ac"))
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e).isNotInstanceOf(SeamInvalidInputException.class);
          assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
          assertThat(e.getMessage()).contains("text/html", "Bad gateway config");
        });
  }

  @Test
  void anEmpty429CarriesTheCatalogsPerDeviceLimitsAndTheWait() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());
    assertThatThrownBy(() -> client.accessCodes().delete("ac"))
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.isRateLimited()).isTrue();
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
          assertThat(e.type()).isEqualTo(SeamHttpErrorType.RATE_LIMITED);
          assertThat(e.remedies()).singleElement().satisfies(r -> assertThat(r.text()).contains("10 access code creates",
              "20 deletes", "15 locks"));
        });
  }

  @Test
  void anErrorEnvelopeOverTheTransportsLimitKeepsItsTypeAndMessage() {
    StringBuilder body = new StringBuilder("{\"error\":{\"type\":\"invalid_input\",\"message\":\"Too many ids\","
        + "\"validation_errors\":{\"access_code_ids\":{\"_errors\":[");
    for (int i = 0; i < 10_000; i++) {
      body.append(i == 0 ? "" : ",").append("\"id ").append(i).append(" is not a uuid\"");
    }
    body.append("]}}},\"ok\":false}");
    assertThat(body.length()).isGreaterThan(128 * 1024);
    server.enqueue(json(400, body.toString()));
    assertThatThrownBy(() -> client.accessCodes().listByIds(List.of("x")))
        .isInstanceOfSatisfying(SeamInvalidInputException.class, e -> {
          assertThat(e.type()).isEqualTo(SeamHttpErrorType.INVALID_INPUT);
          assertThat(e.errorMessage()).contains("Too many ids");
          assertThat(e.validationErrors("access_code_ids")).startsWith("id 0 is not a uuid").hasSizeGreaterThan(1000);
        });
  }

  @Test
  void aHugeErrorMessageIsKeptUpToTheCut() {
    String message = "x".repeat(100 * 1024);
    server.enqueue(json(409, "{\"error\":{\"type\":\"duplicate_access_code\",\"message\":\"" + message
        + "\"},\"ok\":false}"));
    assertThatThrownBy(() -> client.accessCodes().delete("ac"))
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.type()).isEqualTo(SeamHttpErrorType.DUPLICATE_ACCESS_CODE);
          assertThat(e.category()).isEqualTo(ErrorCategory.CONFLICT);
          assertThat(e.errorMessage()).hasValueSatisfying(m -> assertThat(m).startsWith("xxxx"));
        });
  }

  @Test
  void unreachableServerIsATypedConnectionFailure() throws Exception {
    String url = server.url("/").toString();
    server.close();
    SeamClient dead = SeamClient.builder().baseUrl(url).apiKey("seam_mws_key_123456").environment(n -> null)
        .retryPolicy(RetryPolicy.none()).build();
    assertThatThrownBy(() -> dead.devices().list())
        .isInstanceOf(LatchkeyConnectionException.class)
        .isInstanceOf(LatchkeyException.class)
        .hasMessageNotContaining("seam_mws_key_123456");
  }
}
