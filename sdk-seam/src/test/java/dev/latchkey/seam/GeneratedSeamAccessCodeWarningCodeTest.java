package dev.latchkey.seam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCategory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Spot checks that the enum generated from {@code catalog/seam/access-code-warnings.yaml} holds what the catalog says. */
class GeneratedSeamAccessCodeWarningCodeTest {

  @Test
  void delayInSettingMeansTheCodeIsStillOnItsWay() {
    SeamAccessCodeWarningCode warning = SeamAccessCodeWarningCode.fromWire("delay_in_setting_on_device");

    assertThat(warning).isSameAs(SeamAccessCodeWarningCode.DELAY_IN_SETTING_ON_DEVICE);
    assertThat(warning.description()).isEqualTo("Delay in setting code on device.");
    assertThat(warning.category()).isEqualTo(ErrorCategory.IN_PROGRESS);
    assertThat(warning.firstRemedy()).hasValueSatisfying(remedy -> assertThat(remedy).startsWith("Latchkey advice: "));
  }

  // Deprecated constants on purpose: checks the deprecated constants themselves.
  @Test
  @SuppressWarnings("deprecation")
  void droppedWarningsPointToTheirSuccessor() {
    assertThat(SeamAccessCodeWarningCode.fromWire("schlage_access_code_ambiguous_timezone_dst_risk").replacedBy())
        .contains(SeamAccessCodeWarningCode.TIME_FRAME_ADJUSTED_FOR_UNKNOWN_TIME_ZONE);
    assertThat(SeamAccessCodeWarningCode.CODE_MODIFIED_EXTERNAL_TO_SEAM.replacedBy())
        .contains(SeamAccessCodeWarningCode.EXTERNAL_MODIFICATION_IN_EFFECT);
    assertThat(SeamAccessCodeWarningCode.ULTRALOQ_ACCESS_CODE_DISABLED.deprecated()).isTrue();
    assertThat(SeamAccessCodeWarningCode.ULTRALOQ_ACCESS_CODE_DISABLED.replacedBy()).isEmpty();
  }

  @Test
  void holdsTheElevenCurrentWarningsAndTheTenDeprecatedOnes() {
    // 1.1038.0 added delay_in_issuing and deprecated delay_in_removing_from_device.
    assertThat(SeamAccessCodeWarningCode.values().length - 1).isEqualTo(21);
    assertThat(Arrays.stream(SeamAccessCodeWarningCode.values())
            .filter(warning -> warning.isKnown() && !warning.deprecated()))
        .hasSize(11);
    assertThat(SeamAccessCodeWarningCode.fromWire("brand_new_warning"))
        .isSameAs(SeamAccessCodeWarningCode.UNKNOWN_TO_SDK_VERSION);
  }
}
