package dev.latchkey.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.testing.TestCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportedProblemTest {

  @Test
  void aKnownCodeGivesItsWireValueRemediesAndCategory() {
    ReportedProblem problem = ReportedProblem.builder(TestCode.DEVICE_OFFLINE)
        .message("The lock is offline").time(Instant.parse("2026-11-21T10:00:00Z")).build();

    assertThat(problem.rawCode()).isEqualTo(TestCode.DEVICE_OFFLINE.wireValue());
    assertThat(problem.isKnown()).isTrue();
    assertThat(problem.remedies()).isEqualTo(TestCode.DEVICE_OFFLINE.remedies());
    assertThat(problem.category()).isEqualTo(TestCode.DEVICE_OFFLINE.category());
    assertThat(problem.time()).contains(Instant.parse("2026-11-21T10:00:00Z"));
    assertThat(problem.fields()).isEmpty();
  }

  @Test
  void anUnknownCodeKeepsItsRawValueAndTheFallbackRemedies() {
    ReportedProblem problem = ReportedProblem.builder(TestCode.UNKNOWN_TO_SDK_VERSION).rawCode("brand_new").build();

    assertThat(problem.isKnown()).isFalse();
    assertThat(problem.rawCode()).isEqualTo("brand_new");
    assertThat(problem.message()).isEmpty();
    assertThat(problem.time()).isEmpty();
    assertThat(problem.remedies()).isEqualTo(TestCode.UNKNOWN_TO_SDK_VERSION.remedies());
    assertThat(problem.category()).isEqualTo(ErrorCategory.UNKNOWN);
  }

  @Test
  void extraFieldsAreReadOnlyAndNeverShownByToString() {
    ReportedProblem problem = ReportedProblem.builder(TestCode.DEVICE_OFFLINE).message("PIN 918273 refused")
        .field("change_type", "modified").field("modified_fields", "[{\"field\":\"code\",\"to\":\"918273\"}]")
        .build();

    assertThat(problem.field("change_type")).contains("modified");
    assertThat(problem.field("absent")).isEmpty();
    assertThatThrownBy(() -> problem.fields().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(problem.toString()).contains("change_type", "modified_fields").doesNotContain("918273");
    assertThat(problem).isEqualTo(ReportedProblem.builder(TestCode.DEVICE_OFFLINE).message("PIN 918273 refused")
        .field("change_type", "modified").field("modified_fields", "[{\"field\":\"code\",\"to\":\"918273\"}]")
        .build());
  }
}
