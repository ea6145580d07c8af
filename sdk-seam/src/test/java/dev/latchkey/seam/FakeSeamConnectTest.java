package dev.latchkey.seam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.seam.fake.FakeSeamConnect;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client against Seam's own fake server, {@code @seamapi/fake-seam-connect} 1.86.0 (pinned in
 * {@code src/test/fake-seam-connect/package-lock.json}), on 127.0.0.1.
 */
class FakeSeamConnectTest {

  private static FakeSeamConnect fake;
  private static SeamClient client;

  @BeforeAll
  static void startFake() throws Exception {
    fake = FakeSeamConnect.start();
    client = SeamClient.builder()
        .baseUrl(fake.baseUrl())
        .apiKey(FakeSeamConnect.SEEDED_API_KEY)
        .retryPolicy(RetryPolicy.none())
        .environment(name -> null)
        .build();
  }

  @AfterAll
  static void stopFake() throws Exception {
    if (fake != null) {
      fake.close();
    }
  }

  @Test
  void listsTheSeededDevices() {
    List<Device> devices = client.devices().list();
    assertThat(devices).extracting(Device::deviceId).contains(FakeSeamConnect.SEEDED_DEVICE);
    assertThat(client.devices().get(FakeSeamConnect.SEEDED_DEVICE).deviceId())
        .isEqualTo(FakeSeamConnect.SEEDED_DEVICE);
  }

  @Test
  void createsGetsAndListsAnAccessCode() {
    AccessCode created = client.accessCodes().create(
        CreateAccessCodeRequest.builder(FakeSeamConnect.SEEDED_DEVICE).name("Latchkey guest").code("7315").build());
    assertThat(created.deviceId()).isEqualTo(FakeSeamConnect.SEEDED_DEVICE);
    assertThat(created.status()).isNotEmpty();
    assertThat(created.code()).map(Secret::reveal).contains("7315");

    AccessCode fetched = client.accessCodes().get(created.accessCodeId());
    assertThat(fetched.accessCodeId()).isEqualTo(created.accessCodeId());
    assertThat(fetched.name()).contains("Latchkey guest");

    assertThat(client.accessCodes().list(FakeSeamConnect.SEEDED_DEVICE))
        .extracting(AccessCode::accessCodeId)
        .contains(created.accessCodeId());
    assertThat(client.accessCodes().listByIds(List.of(created.accessCodeId())))
        .extracting(AccessCode::accessCodeId)
        .containsExactly(created.accessCodeId());
  }

  @Test
  void duplicateCodeIsATypedConflict() {
    client.accessCodes().create(
        CreateAccessCodeRequest.builder(FakeSeamConnect.SEEDED_DEVICE).name("first").code("8642").build());
    CreateAccessCodeRequest duplicate =
        CreateAccessCodeRequest.builder(FakeSeamConnect.SEEDED_DEVICE).name("second").code("8642").build();
    assertThatThrownBy(() -> client.accessCodes().create(duplicate))
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.category()).isEqualTo(ErrorCategory.CONFLICT);
          assertThat(e.type()).isEqualTo(SeamHttpErrorType.DUPLICATE_ACCESS_CODE);
          assertThat(e.httpStatus()).hasValue(409);
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.getMessage()).doesNotContain("8642");
        });
  }

  @Test
  void badKeyIsTypedUnauthorized() {
    SeamClient wrongKey = SeamClient.builder()
        .baseUrl(fake.baseUrl())
        .apiKey("seam_wrong_key_for_the_fake")
        .environment(name -> null)
        .build();
    assertThatThrownBy(() -> wrongKey.devices().list())
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
          assertThat(e.httpStatus()).hasValue(401);
          assertThat(e.type().isKnown()).isTrue();
          assertThat(e.getMessage()).doesNotContain("seam_wrong_key_for_the_fake");
        });
  }

  @Test
  void unknownIdsAreTypedNotFound() {
    assertThatThrownBy(() -> client.devices().get("00000000-0000-4000-8000-000000000000"))
        .isInstanceOfSatisfying(SeamException.class, e -> {
          assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
          assertThat(e.httpStatus()).hasValue(404);
          assertThat(e.type().isKnown()).isTrue();
        });
    assertThatThrownBy(() -> client.accessCodes().get("00000000-0000-4000-8000-000000000000"))
        .isInstanceOfSatisfying(SeamException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND));
  }
}
