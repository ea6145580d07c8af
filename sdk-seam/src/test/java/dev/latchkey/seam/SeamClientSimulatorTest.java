package dev.latchkey.seam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.testkit.seam.SeamSimulator;
import dev.latchkey.testkit.seam.SimulatedFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every call of the client and every HTTP error path, against the testkit's Seam simulator. */
class SeamClientSimulatorTest {

  private SeamSimulator seam;
  private SeamClient client;
  private final List<Duration> sleeps = new ArrayList<>();
  private String device;

  @BeforeEach
  void start() {
    seam = SeamSimulator.start();
    device = seam.deviceIds().get(0);
    client = SeamClient.builder()
        .baseUrl(seam.baseUrl())
        .apiKey(seam.apiKey())
        .environment(name -> null)
        .retryPolicy(RetryPolicy.builder().jitter(RetryPolicy.Jitter.NONE).build())
        .sleeper(sleeps::add)
        .build();
  }

  @AfterEach
  void stop() {
    seam.close();
  }

  @Test
  void sendsSeamsWireFormat() {
    client.devices().list();
    var request = seam.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/devices/list");
    assertThat(request.header("Authorization")).contains("Bearer " + seam.apiKey());
    assertThat(request.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(request.body()).isEqualTo("{}");
  }

  @Test
  void devicesGetAndList() {
    List<Device> devices = client.devices().list();
    assertThat(devices).extracting(Device::deviceId).containsExactlyElementsOf(seam.deviceIds());
    Device first = client.devices().get(device);
    assertThat(first.displayName()).isEqualTo("Front Door");
    assertThat(first.online()).contains(true);
    assertThat(first.capabilities()).contains("access_code");
  }

  @Test
  void accessCodeLifecycle() {
    AccessCode created = client.accessCodes().create(CreateAccessCodeRequest.builder(device)
        .name("Guest").code("4821")
        .startsAt(Instant.parse("2026-12-01T15:00:00Z")).endsAt(Instant.parse("2026-12-05T11:00:00Z"))
        .build());
    assertThat(created.status()).isEqualTo("setting");
    assertThat(created.type()).isEqualTo("time_bound");
    assertThat(created.code()).map(Secret::reveal).contains("4821");
    assertThat(created.startsAt()).contains(Instant.parse("2026-12-01T15:00:00Z"));

    AccessCode fetched = client.accessCodes().get(created.accessCodeId());
    assertThat(fetched.status()).isEqualTo("set");
    assertThat(fetched.isManaged()).isTrue();
    assertThat(fetched.errors()).isEmpty();

    assertThat(client.accessCodes().list(device)).extracting(AccessCode::accessCodeId)
        .containsExactly(created.accessCodeId());
    assertThat(client.accessCodes().listByIds(List.of(created.accessCodeId(), "missing")))
        .extracting(AccessCode::accessCodeId).containsExactly(created.accessCodeId());

    ActionAttempt update = client.accessCodes().update(
        UpdateAccessCodeRequest.builder(created.accessCodeId()).name("Guest 2").code("9753").build());
    assertThat(update.actionType()).isEqualTo("UPDATE_ACCESS_CODE");
    assertThat(client.actionAttempts().waitUntilDone(update).status()).isEqualTo(ActionAttempt.Status.SUCCESS);
    AccessCode updated = client.accessCodes().get(created.accessCodeId());
    assertThat(updated.name()).contains("Guest 2");
    assertThat(updated.code()).map(Secret::reveal).contains("9753");

    ActionAttempt deletion = client.accessCodes().delete(created.accessCodeId());
    assertThat(deletion.actionType()).isEqualTo("DELETE_ACCESS_CODE");
    assertThat(client.accessCodes().list(device)).isEmpty();
  }

  @Test
  void unmanagedListAndConvert() {
    String unmanaged = seam.addUnmanagedAccessCode(device, "Cleaner", "1357");
    List<AccessCode> codes = client.accessCodes().unmanaged().list(device);
    assertThat(codes).singleElement().satisfies(code -> {
      assertThat(code.accessCodeId()).isEqualTo(unmanaged);
      assertThat(code.isManaged()).isFalse();
    });
    client.accessCodes().unmanaged().convertToManaged(unmanaged);
    assertThat(seam.isManaged(unmanaged)).isTrue();
    assertThat(client.accessCodes().get(unmanaged).isManaged()).isTrue();
  }

  @Test
  void readsAreRetrySafeWritesAreNot() {
    seam.failNext(SimulatedFailure.serviceUnavailable().times(2));
    assertThat(client.devices().list()).hasSize(3);
    assertThat(seam.requestCount("/devices/list")).isEqualTo(3);
    assertThat(sleeps).hasSize(2);

    seam.failNext(SimulatedFailure.serviceUnavailable());
    CreateAccessCodeRequest create = CreateAccessCodeRequest.builder(device).code("2468").build();
    assertThatThrownBy(() -> client.accessCodes().create(create))
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.httpStatus()).hasValue(503);
          assertThat(e.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.retryable()).isTrue();
        });
    assertThat(seam.requestCount("/access_codes/create")).isEqualTo(1);
  }

  @Test
  void rateLimitHonoursRetryAfterThenGivesUpWithAttemptCount() {
    seam.failNext(SimulatedFailure.rateLimited(Duration.ofSeconds(2)));
    assertThat(client.devices().get(device).deviceId()).isEqualTo(device);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));

    seam.failNext(SimulatedFailure.rateLimited(Duration.ofSeconds(1)).times(3));
    assertThatThrownBy(() -> client.devices().get(device))
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.httpStatus()).hasValue(429);
          assertThat(e.isRateLimited()).isTrue();
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        });
  }

  @Test
  void unauthorizedCarriesTypeStatusAndRequestId() {
    SeamClient wrong = SeamClient.builder().baseUrl(seam.baseUrl()).apiKey("seam_not_the_right_key")
        .environment(name -> null).build();
    assertThatThrownBy(() -> wrong.devices().list())
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.type()).isEqualTo(SeamHttpErrorType.UNAUTHORIZED);
          assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
          assertThat(e.httpStatus()).hasValue(401);
          assertThat(e.requestId()).contains(seam.requests().get(0).requestId());
          assertThat(e.errorMessage()).contains("API Key not found");
          assertThat(e.vendor()).isEqualTo("seam");
          assertThat(e.getMessage()).contains("unauthorized").doesNotContain("seam_not_the_right_key");
        });
  }

  @Test
  void invalidInputGivesMessagesPerParameter() {
    CreateAccessCodeRequest badPin = CreateAccessCodeRequest.builder(device).code("12").build();
    assertThatThrownBy(() -> client.accessCodes().create(badPin))
        .isInstanceOfSatisfying(SeamInvalidInputException.class, e -> {
          assertThat(e.type()).isEqualTo(SeamHttpErrorType.INVALID_INPUT);
          assertThat(e.httpStatus()).hasValue(400);
          assertThat(e.validationErrors("code")).containsExactly("Code must be 4 to 8 digits");
          assertThat(e.validationErrors("device_id")).isEmpty();
          assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
          assertThat(e.retryable()).isFalse();
        });
  }

  @Test
  void notFoundForEachKindOfId() {
    assertNotFound(() -> client.devices().get("nope"), SeamHttpErrorType.DEVICE_NOT_FOUND);
    assertNotFound(() -> client.accessCodes().get("nope"), SeamHttpErrorType.ACCESS_CODE_NOT_FOUND);
    assertNotFound(() -> client.accessCodes().list("nope"), SeamHttpErrorType.DEVICE_NOT_FOUND);
    assertNotFound(() -> client.accessCodes().delete("nope"), SeamHttpErrorType.ACCESS_CODE_NOT_FOUND);
    assertNotFound(() -> client.accessCodes().unmanaged().convertToManaged("nope"),
        SeamHttpErrorType.ACCESS_CODE_NOT_FOUND);
    assertNotFound(() -> client.actionAttempts().get("nope"), SeamHttpErrorType.ACTION_ATTEMPT_NOT_FOUND);
    seam.failNext(SimulatedFailure.error(404, "not_found", "Not found"));
    assertNotFound(() -> client.devices().list(), SeamHttpErrorType.NOT_FOUND);
  }

  private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
      SeamHttpErrorType type) {
    assertThatThrownBy(call).isInstanceOfSatisfying(SeamException.class, e -> {
      assertThat(e.type()).isEqualTo(type);
      assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
    });
  }

  @Test
  void duplicatePinIsAConflictWithTheCatalogRemedies() {
    seam.addAccessCode(device, "Existing", "1111");
    CreateAccessCodeRequest duplicate = CreateAccessCodeRequest.builder(device).code("1111").build();
    assertThatThrownBy(() -> client.accessCodes().create(duplicate))
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.type()).isEqualTo(SeamHttpErrorType.DUPLICATE_ACCESS_CODE);
          assertThat(e.category()).isEqualTo(ErrorCategory.CONFLICT);
          assertThat(e.remedies()).isEqualTo(SeamHttpErrorType.DUPLICATE_ACCESS_CODE.remedies());
          assertThat(e.getMessage()).doesNotContain("1111");
        });
  }

  @Test
  void everyCatalogErrorTypeIsASeamExceptionWithItsCategory() {
    for (SeamHttpErrorType type : SeamHttpErrorType.values()) {
      if (!type.isKnown() || type.httpStatuses().isEmpty()) {
        continue;
      }
      int status = type.httpStatuses().get(0);
      seam.failNext(SimulatedFailure.error(status, type.wireValue(), "simulated " + type.wireValue()));
      SeamClient noRetry = SeamClient.builder().baseUrl(seam.baseUrl()).apiKey(seam.apiKey())
          .environment(name -> null).retryPolicy(RetryPolicy.none()).build();
      assertThatThrownBy(() -> noRetry.devices().list())
          .as(type.wireValue())
          .isInstanceOfSatisfying(SeamException.class, e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.httpStatus()).hasValue(status);
            // Only invalid input has a subclass (it carries per-parameter messages); the rest is the category.
            assertThat(e instanceof SeamInvalidInputException).isEqualTo(status == 400);
            assertThat(e.category()).isEqualTo(type.category());
            assertThat(e.isRateLimited()).isEqualTo(status == 429);
          });
    }
  }

  @Test
  void unknownErrorTypeIsKeptRaw() {
    seam.failNext(SimulatedFailure.error(418, "teapot_overheated", "Brand new error"));
    assertThatThrownBy(() -> client.devices().list())
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.type()).isEqualTo(SeamHttpErrorType.UNKNOWN_TO_SDK_VERSION);
          assertThat(e.rawCode()).isEqualTo("teapot_overheated");
          assertThat(e.httpStatus()).hasValue(418);
          assertThat(e.getMessage()).contains("teapot_overheated");
        });
  }

  @Test
  void badSuccessBodiesBecomeResponseExceptionsAndBadErrorBodiesSeamExceptions() {
    seam.failNext(SimulatedFailure.rawBody(502, "text/html", "<html><body>Bad gateway</body></html>").times(3));
    assertThatThrownBy(() -> client.devices().list())
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
          assertThat(e.getMessage()).contains("Bad gateway");
          assertThat(e.httpStatus()).hasValue(502);
          assertThat(e.attempts()).isEqualTo(3);
        });
    seam.failNext(SimulatedFailure.rawBody(200, "application/json", "{\"devices\": [{\"device_"));
    assertThatThrownBy(() -> client.devices().list())
        .isInstanceOfSatisfying(LatchkeyResponseException.class,
            e -> assertThat(e.problem()).isEqualTo(LatchkeyResponseException.Problem.MALFORMED_JSON));
    seam.failNext(SimulatedFailure.rawBody(200, "application/json", "{\"devices\": 42, \"ok\": true}"));
    assertThatThrownBy(() -> client.devices().list())
        .isInstanceOfSatisfying(LatchkeyResponseException.class,
            e -> assertThat(e.problem()).isEqualTo(LatchkeyResponseException.Problem.WRONG_SHAPE));
    seam.failNext(SimulatedFailure.rawBody(200, "application/json", "{\"ok\": true}"));
    assertThatThrownBy(() -> client.devices().get(device))
        .isInstanceOfSatisfying(LatchkeyResponseException.class,
            e -> assertThat(e.problem()).isEqualTo(LatchkeyResponseException.Problem.WRONG_SHAPE));
    seam.failNext(SimulatedFailure.rawBody(400, "application/json", "{\"message\": \"no envelope\"}"));
    assertThatThrownBy(() -> client.devices().list())
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
          assertThat(e.getMessage()).contains("no envelope");
        });
  }
}
