package dev.latchkey.seam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.Remedy;
import dev.latchkey.seam.SeamAccessCodeErrorCode.AttachedFrom;
import dev.latchkey.seam.SeamAccessCodeErrorCode.Kind;
import java.net.URI;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Spot checks that the enum generated from {@code catalog/seam/access-code-errors.yaml} holds what the catalog says. */
class GeneratedSeamAccessCodeErrorCodeTest {

  @Test
  void failedToSetOnDeviceIsAGenericErrorWithTheGuidesRemedy() {
    SeamAccessCodeErrorCode code = SeamAccessCodeErrorCode.fromWire("failed_to_set_on_device");

    assertThat(code).isSameAs(SeamAccessCodeErrorCode.FAILED_TO_SET_ON_DEVICE);
    assertThat(code.kind()).contains(Kind.GENERIC);
    assertThat(code.attachedFrom()).containsExactly(AttachedFrom.ACCESS_CODE);
    assertThat(code.remedies()).containsExactly(Remedy.vendor(
        "Check the error message for more specific mitigation steps or use a backup access code"));
    assertThat(code.description()).startsWith("An error occurred when we tried to set the access code on the device.");
    assertThat(code.docs()).hasValueSatisfying(uri -> assertThat(uri.getPath()).endsWith("/backup-access-codes"));
    assertThat(code.category()).isEqualTo(ErrorCategory.PROVIDER_ERROR);
    assertThat(code.deprecated()).isFalse();
    assertThat(code.replacedBy()).isEmpty();
  }

  // Deprecated constants on purpose: checks the deprecated constants themselves.
  @Test
  @SuppressWarnings("deprecation")
  void droppedCodesAreDeprecatedAndPointToTheirSuccessor() throws NoSuchFieldException {
    assertThat(SeamAccessCodeErrorCode.fromWire("code_modified_external_to_seam").replacedBy())
        .contains(SeamAccessCodeErrorCode.CONFLICTING_EXTERNAL_MODIFICATION);
    assertThat(SeamAccessCodeErrorCode.fromWire("kwikset_insufficient_permissions").replacedBy())
        .contains(SeamAccessCodeErrorCode.INSUFFICIENT_PERMISSIONS);
    assertThat(SeamAccessCodeErrorCode.fromWire("smartthings_no_free_slots_available").replacedBy())
        .contains(SeamAccessCodeErrorCode.NO_SPACE_FOR_ACCESS_CODE_ON_DEVICE);
    assertThat(SeamAccessCodeErrorCode.fromWire("august_device_slots_full").replacedBy())
        .contains(SeamAccessCodeErrorCode.NO_SPACE_FOR_ACCESS_CODE_ON_DEVICE);
    assertThat(SeamAccessCodeErrorCode.KWIKSET_UNABLE_TO_CONFIRM_CODE.deprecated()).isTrue();
    assertThat(SeamAccessCodeErrorCode.KWIKSET_UNABLE_TO_CONFIRM_CODE.replacedBy()).isEmpty();
    assertThat(SeamAccessCodeErrorCode.class.getField("CODE_MODIFIED_EXTERNAL_TO_SEAM")
        .isAnnotationPresent(Deprecated.class)).isTrue();
    assertThat(SeamAccessCodeErrorCode.class.getField("CONFLICTING_EXTERNAL_MODIFICATION")
        .isAnnotationPresent(Deprecated.class)).isFalse();
  }

  @Test
  void onlyDeprecatedCodesNameASuccessor() {
    assertThat(known()).allSatisfy(code -> {
      if (code.replacedBy().isPresent()) {
        assertThat(code.deprecated()).as("%s has a successor", code).isTrue();
      }
      assertThat(code.kind()).as("%s has a kind", code).isPresent();
    });
  }

  // Deprecated constants on purpose: brand codes the vendor dropped are deprecated constants, still decoded.
  @Test
  @SuppressWarnings("deprecation")
  void brandCodesNameTheirProviderAndAttachedErrorsWhereTheyComeFrom() {
    assertThat(SeamAccessCodeErrorCode.AUGUST_LOCK_TEMPORARILY_OFFLINE.provider()).contains("august");
    assertThat(SeamAccessCodeErrorCode.SALTO_SITE_USER_NOT_SUBSCRIBED.provider()).contains("salto");
    assertThat(SeamAccessCodeErrorCode.KWIKSET_UNABLE_TO_CONFIRM_DELETION.provider()).contains("kwikset");
    assertThat(SeamAccessCodeErrorCode.SMARTTHINGS_FAILED_TO_SET_AFTER_MULTIPLE_RETRIES.provider()).contains("smartthings");
    assertThat(SeamAccessCodeErrorCode.DEVICE_DISCONNECTED.attachedFrom()).containsExactly(AttachedFrom.DEVICE);
    assertThat(SeamAccessCodeErrorCode.ACCOUNT_DISCONNECTED.attachedFrom())
        .containsExactly(AttachedFrom.CONNECTED_ACCOUNT);
    // Since @seamapi/types 1.990.0 Seam reports it from the connected account and in the device's errors.
    assertThat(SeamAccessCodeErrorCode.INSUFFICIENT_PERMISSIONS.attachedFrom())
        .containsExactly(AttachedFrom.CONNECTED_ACCOUNT, AttachedFrom.DEVICE);
  }

  // Deprecated constants on purpose: two of the guide's generic errors are deprecated constants, still decoded.
  @Test
  @SuppressWarnings("deprecation")
  void theGuidesFourGenericErrorsAreMarkedGeneric() {
    assertThat(known().filter(code -> code.kind().orElseThrow() == Kind.GENERIC))
        .containsExactly(SeamAccessCodeErrorCode.FAILED_TO_SET_ON_DEVICE,
            SeamAccessCodeErrorCode.FAILED_TO_REMOVE_FROM_DEVICE,
            SeamAccessCodeErrorCode.CODE_MODIFIED_EXTERNAL_TO_SEAM,
            SeamAccessCodeErrorCode.CONFLICTING_UNMANAGED_ACCESS_CODE_ID);
  }

  @Test
  void newCodesAreUnknownToTheSdk() {
    // Lived only in @seamapi/types 1.1028.0 to 1.1035.0, so never in the catalog.
    assertThat(SeamAccessCodeErrorCode.fromWire("failed_to_apply_mutations"))
        .isSameAs(SeamAccessCodeErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(SeamAccessCodeErrorCode.fromWire("failed_to_issue")).isSameAs(SeamAccessCodeErrorCode.FAILED_TO_ISSUE);
    assertThat(SeamAccessCodeErrorCode.fromWire("FAILED_TO_SET_ON_DEVICE"))
        .isSameAs(SeamAccessCodeErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(SeamAccessCodeErrorCode.fromWire(null)).isSameAs(SeamAccessCodeErrorCode.UNKNOWN_TO_SDK_VERSION);
  }

  @Test
  void holdsTheGuidesTheCurrentAndTheDroppedCodes() {
    // 14 codes of the guide + 22 more of the current spec's (1.1038.0) 25 + 14 more of @seamapi/types 1.841.0.
    assertThat(SeamAccessCodeErrorCode.values().length - 1).isEqualTo(50);
    assertThat(known().filter(code -> !code.deprecated())).hasSize(24);
    assertThat(known()).allSatisfy(code -> {
      assertThat(SeamAccessCodeErrorCode.fromWire(code.wireValue())).isSameAs(code);
      assertThat(code.docs().map(URI::getScheme)).contains("https");
    });
  }

  private static Stream<SeamAccessCodeErrorCode> known() {
    return Arrays.stream(SeamAccessCodeErrorCode.values()).filter(SeamAccessCodeErrorCode::isKnown);
  }
}
