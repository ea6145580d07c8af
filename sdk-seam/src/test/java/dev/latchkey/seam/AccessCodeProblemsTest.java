package dev.latchkey.seam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.RemedySource;
import dev.latchkey.seam.SeamAccessCodeErrorCode.AttachedFrom;
import dev.latchkey.seam.SeamAccessCodeErrorCode.Kind;
import dev.latchkey.testkit.seam.SeamSimulator;
import dev.latchkey.testkit.seam.SimulatedProblem;
import dev.latchkey.testkit.seam.SimulatedProblem.Origin;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Typed errors and warnings on access codes, and the guide's diagnosis, against the simulator. */
class AccessCodeProblemsTest {

  private SeamSimulator seam;
  private SeamClient client;
  private String codeId;

  @BeforeEach
  void start() {
    seam = SeamSimulator.start();
    client = SeamClient.builder().baseUrl(seam.baseUrl()).apiKey(seam.apiKey()).environment(n -> null).build();
    codeId = seam.addAccessCode(seam.deviceIds().get(0), "Guest", "4821");
  }

  @AfterEach
  void stop() {
    seam.close();
  }

  private static Origin simulatedOrigin(SeamAccessCodeErrorCode code) {
    return switch (code.attachedFrom().isEmpty() ? AttachedFrom.ACCESS_CODE : code.attachedFrom().get(0)) {
      case DEVICE -> Origin.DEVICE;
      case CONNECTED_ACCOUNT -> Origin.CONNECTED_ACCOUNT;
      case ACCESS_CODE -> Origin.ACCESS_CODE;
    };
  }

  private static ProblemOrigin expectedOrigin(SeamAccessCodeErrorCode code) {
    return ProblemOrigin.valueOf(simulatedOrigin(code).name());
  }

  @ParameterizedTest
  @EnumSource(value = SeamAccessCodeErrorCode.class, names = "UNKNOWN_TO_SDK_VERSION", mode = EnumSource.Mode.EXCLUDE)
  void everyCatalogErrorArrivesTyped(SeamAccessCodeErrorCode code) {
    Instant at = Instant.parse("2026-03-04T05:06:07Z");
    seam.putProblem(codeId, SimulatedProblem.error(code).message("msg " + code.wireValue())
        .origin(simulatedOrigin(code)).createdAt(at).build());
    AccessCodeError error = client.accessCodes().get(codeId).errors().get(0);
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.problem().rawCode()).isEqualTo(code.wireValue());
    assertThat(error.problem().message()).isEqualTo("msg " + code.wireValue());
    assertThat(error.problem().time()).contains(at);
    assertThat(error.problem().category()).isEqualTo(code.category());
    assertThat(error.origin()).isEqualTo(expectedOrigin(code));
    assertThat(error.problem().remedies()).isNotEmpty().isEqualTo(code.remedies());

    AccessCodeDiagnosis.Finding finding = client.accessCodes().get(codeId).diagnose().findings().get(0);
    assertThat(finding.remedies()).isEqualTo(code.remedies());
    assertThat(finding.isFallbackRemedy()).isFalse();
    boolean generic = error.origin() == ProblemOrigin.ACCESS_CODE && code.kind().orElse(null) == Kind.GENERIC;
    assertThat(finding.kind()).isEqualTo(generic ? AccessCodeDiagnosis.Kind.GENERIC : AccessCodeDiagnosis.Kind.SPECIFIC);
  }

  @ParameterizedTest
  @EnumSource(value = SeamAccessCodeWarningCode.class, names = "UNKNOWN_TO_SDK_VERSION", mode = EnumSource.Mode.EXCLUDE)
  void everyCatalogWarningArrivesTyped(SeamAccessCodeWarningCode code) {
    seam.putProblem(codeId, SimulatedProblem.warning(code).message("w").build());
    AccessCode accessCode = client.accessCodes().get(codeId);
    assertThat(accessCode.errors()).isEmpty();
    AccessCodeWarning warning = accessCode.warnings().get(0);
    assertThat(warning.code()).isEqualTo(code);
    assertThat(warning.problem().message()).isEqualTo("w");
    assertThat(warning.problem().remedies()).isEqualTo(code.remedies());
    assertThat(accessCode.diagnose().warnings()).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(AccessCodeDiagnosis.Severity.WARNING));
  }

  @Test
  void unknownCodesAreKeptRawWithTheFallbackRemedy() {
    seam.putProblem(codeId, SimulatedProblem.error("quantum_lock_decohered").build());
    seam.putProblem(codeId, SimulatedProblem.warning("new_warning_2027").build());
    AccessCode accessCode = client.accessCodes().get(codeId);
    AccessCodeError error = accessCode.errors().get(0);
    assertThat(error.code()).isEqualTo(SeamAccessCodeErrorCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(error.problem().rawCode()).isEqualTo("quantum_lock_decohered");
    assertThat(error.problem().isKnown()).isFalse();
    // Unknown codes get the catalog's fallback remedies, not an empty list.
    assertThat(error.problem().remedies()).isNotEmpty()
        .isEqualTo(SeamAccessCodeErrorCode.UNKNOWN_TO_SDK_VERSION.remedies());
    assertThat(accessCode.warnings().get(0).problem().rawCode()).isEqualTo("new_warning_2027");
    assertThat(accessCode.warnings().get(0).problem().remedies()).isNotEmpty()
        .isEqualTo(SeamAccessCodeWarningCode.UNKNOWN_TO_SDK_VERSION.remedies());

    AccessCodeDiagnosis diagnosis = accessCode.diagnose();
    AccessCodeDiagnosis.Finding finding = diagnosis.errors().get(0);
    assertThat(finding.kind()).isEqualTo(AccessCodeDiagnosis.Kind.GENERIC);
    assertThat(finding.isFallbackRemedy()).isTrue();
    assertThat(finding.remedies()).isNotEmpty()
        .containsExactlyElementsOf(SeamAccessCodeErrorCode.UNKNOWN_TO_SDK_VERSION.remedies());
    assertThat(finding.remedies().get(0).source()).isEqualTo(RemedySource.LATCHKEY);
    assertThat(diagnosis.warnings().get(0).isFallbackRemedy()).isTrue();
    assertThat(diagnosis.warnings().get(0).remedies()).isNotEmpty()
        .containsExactlyElementsOf(SeamAccessCodeWarningCode.UNKNOWN_TO_SDK_VERSION.remedies());
    assertThat(diagnosis.report()).contains("unknown 'quantum_lock_decohered'", "Latchkey advice");
  }

  @Test
  void unknownDeviceAndAccountErrorsAreSpecific() {
    seam.putProblem(codeId, SimulatedProblem.error("new_device_fault").origin(Origin.DEVICE).build());
    seam.putProblem(codeId, SimulatedProblem.error("new_account_fault").origin(Origin.CONNECTED_ACCOUNT).build());
    List<AccessCodeDiagnosis.Finding> findings = client.accessCodes().get(codeId).diagnose().findings();
    assertThat(findings).extracting(AccessCodeDiagnosis.Finding::kind)
        .containsOnly(AccessCodeDiagnosis.Kind.SPECIFIC);
    assertThat(findings).extracting(AccessCodeDiagnosis.Finding::origin)
        .containsExactly(ProblemOrigin.DEVICE, ProblemOrigin.CONNECTED_ACCOUNT);
  }

  @Test
  void diagnosisOrdersGenericThenSpecificThenDeviceThenAccountThenWarnings() {
    SeamAccessCodeErrorCode generic = firstWhere(AttachedFrom.ACCESS_CODE, Kind.GENERIC);
    SeamAccessCodeErrorCode specific = firstWhere(AttachedFrom.ACCESS_CODE, Kind.SPECIFIC);
    SeamAccessCodeErrorCode deviceError = firstWhere(AttachedFrom.DEVICE, Kind.SPECIFIC);
    SeamAccessCodeErrorCode accountError = firstWhere(AttachedFrom.CONNECTED_ACCOUNT, Kind.SPECIFIC);
    seam.putProblem(codeId, SimulatedProblem.warning("some_warning").build());
    seam.putProblem(codeId, SimulatedProblem.error(accountError).origin(Origin.CONNECTED_ACCOUNT).build());
    seam.putProblem(codeId, SimulatedProblem.error(deviceError).origin(Origin.DEVICE).build());
    seam.putProblem(codeId, SimulatedProblem.error(specific).build());
    seam.putProblem(codeId, SimulatedProblem.error(generic).build());

    AccessCodeDiagnosis diagnosis = client.accessCodes().get(codeId).diagnose();
    assertThat(diagnosis.accessCodeId()).isEqualTo(codeId);
    assertThat(diagnosis.hasErrors()).isTrue();
    assertThat(diagnosis.findings()).extracting(f -> f.problem().rawCode()).containsExactly(
        generic.wireValue(), specific.wireValue(), deviceError.wireValue(), accountError.wireValue(),
        "some_warning");
  }

  private static SeamAccessCodeErrorCode firstWhere(AttachedFrom attachedFrom, Kind kind) {
    return Arrays.stream(SeamAccessCodeErrorCode.values())
        .filter(c -> c.attachedFrom().equals(List.of(attachedFrom)) && c.kind().orElse(null) == kind)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void extraFieldsOfDuplicateAndExternalModification() {
    seam.putProblem(codeId, SimulatedProblem.error(SeamAccessCodeErrorCode.DUPLICATE_CODE_ON_DEVICE)
        .duplicateOf("managed-id", "unmanaged-id").build());
    seam.putProblem(codeId, SimulatedProblem.error(SeamAccessCodeErrorCode.CONFLICTING_EXTERNAL_MODIFICATION)
        .changeType("modified").modifiedField("code", "4821", "0000").modifiedField("name", null, "X").build());
    List<AccessCodeError> errors = client.accessCodes().get(codeId).errors();
    assertThat(errors.get(0).managedAccessCodeId()).contains("managed-id");
    assertThat(errors.get(0).unmanagedAccessCodeId()).contains("unmanaged-id");
    assertThat(errors.get(1).changeType()).contains("modified");
    assertThat(errors.get(1).modifiedFields()).containsExactly(
        new ModifiedField("code", "4821", "0000"), new ModifiedField("name", null, "X"));
    assertThat(errors.get(1).modifiedFields().get(0).toString()).doesNotContain("4821").doesNotContain("0000");
  }

  @Test
  void flagsDecideTheOriginOverTheCatalog() {
    SeamAccessCodeErrorCode deviceError = firstWhere(AttachedFrom.DEVICE, Kind.SPECIFIC);
    seam.putProblem(codeId, SimulatedProblem.error(deviceError).origin(Origin.ACCESS_CODE).build());
    assertThat(client.accessCodes().get(codeId).errors().get(0).origin()).isEqualTo(ProblemOrigin.ACCESS_CODE);
  }

  @Test
  void healthyCodeHasAnEmptyDiagnosis() {
    AccessCodeDiagnosis diagnosis = client.accessCodes().get(codeId).diagnose();
    assertThat(diagnosis.isHealthy()).isTrue();
    assertThat(diagnosis.hasErrors()).isFalse();
    assertThat(diagnosis.report()).contains("no errors or warnings");
  }
}
