package dev.latchkey.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.testing.AcmeException;
import dev.latchkey.core.testing.TestCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ProtocolException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LatchkeyExceptionTest {

  @Test
  void knownCodeGivesOneLineWithCodeStatusDescriptionAndVendorRemedy() {
    LatchkeyException e = new AcmeException(LatchkeyException.Details.builder()
        .code(TestCode.DEVICE_OFFLINE).httpStatus(409).requestId("req-42").build());

    assertThat(e.getMessage())
        .isEqualTo("acme: device_offline (HTTP 409) - The device is offline. - Remedy: Check the hub. "
            + "[request id req-42]")
        .doesNotContain("\n");
    assertThat(e.vendor()).isEqualTo("acme");
    assertThat(e.code()).contains(TestCode.DEVICE_OFFLINE);
    assertThat(e.rawCode()).isEqualTo("device_offline");
    assertThat(e.httpStatus()).hasValue(409);
    assertThat(e.requestId()).contains("req-42");
    assertThat(e.category()).isEqualTo(ErrorCategory.DEVICE_UNREACHABLE);
    assertThat(e.retryable()).isTrue();
    assertThat(e.remedies()).containsExactly(Remedy.vendor("Check the hub."));
    assertThat(e.docs()).contains(URI.create("https://example.test/errors#device_offline"));
    assertThat(e.attempts()).isEqualTo(1);
  }

  @Test
  void theCodesReferenceLinkIsOnTheExceptionItsToStringAndTheDetailsSummaryButNotTheMessage() {
    LatchkeyException e = new AcmeException(LatchkeyException.Details.builder()
        .code(TestCode.DEVICE_OFFLINE).httpStatus(409).build());
    URI reference = URI.create("https://example.test/reference/acme.md#device_offline");

    assertThat(e.reference()).contains(reference);
    assertThat(e.details().reference()).contains(reference);
    assertThat(e.getMessage()).doesNotContain("example.test/reference");
    // toString() heads every logged stack trace: where a developer reading the log finds the link.
    assertThat(e.toString()).isEqualTo(AcmeException.class.getName() + ": " + e.getMessage()
        + " (reference: " + reference + ")").doesNotContain("\n");
    assertThat(e.details().toString()).contains("reference=" + reference);
  }

  @Test
  void anUnknownCodeLinksToTheUnknownSectionAndNoCodeLinksNowhere() {
    LatchkeyException unknown = new LatchkeyException(LatchkeyException.Details.builder()
        .code(TestCode.fromWire("brand_new")).rawCode("brand_new").build());
    LatchkeyException none = new LatchkeyException(LatchkeyException.Details.builder()
        .vendor("acme").message("connection reset").build());

    assertThat(unknown.reference())
        .contains(URI.create("https://example.test/reference/acme.md#UNKNOWN_TO_SDK_VERSION"));
    assertThat(none.reference()).isEmpty();
    assertThat(none.toString()).isEqualTo(LatchkeyException.class.getName() + ": " + none.getMessage());
    assertThat(none.details().toString()).doesNotContain("reference");
  }

  @Test
  void latchkeyRemedyIsLabelledAndVendorMessageReplacesDescription() {
    LatchkeyException e = new LatchkeyException(LatchkeyException.Details.builder()
        .code(TestCode.BAD_NAME).message("name 'x' is too long").attempts(3).build());

    assertThat(e.getMessage()).isEqualTo(
        "acme: bad_name - name 'x' is too long - Latchkey advice: Use a shorter name. [3 attempts]");
    assertThat(e.retryable()).isFalse();
  }

  @Test
  void unknownCodeKeepsTheRawWireValue() {
    LatchkeyException e = new LatchkeyException(LatchkeyException.Details.builder()
        .vendor("acme").code(TestCode.fromWire("brand_new")).rawCode("brand_new").httpStatus(400)
        .message("Something new").build());

    assertThat(e.getMessage()).isEqualTo("acme: unknown code 'brand_new' (HTTP 400) - Something new");
    assertThat(e.code()).contains(TestCode.UNKNOWN_TO_SDK_VERSION);
    assertThat(e.rawCode()).isEqualTo("brand_new");
    assertThat(e.category()).isEqualTo(ErrorCategory.UNKNOWN);
    assertThat(e.remedies()).isEmpty();
    assertThat(e.docs()).isEmpty();
  }

  @Test
  void overridesWinOverTheCode() {
    LatchkeyException e = new LatchkeyException(LatchkeyException.Details.builder()
        .code(TestCode.DEVICE_OFFLINE).category(ErrorCategory.SERVER_ERROR).retryable(false)
        .remedies(List.of(Remedy.latchkey("Wait."))).docs(URI.create("https://example.test/x")).build());

    assertThat(e.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
    assertThat(e.retryable()).isFalse();
    assertThat(e.remedies()).containsExactly(Remedy.latchkey("Wait."));
    assertThat(e.docs()).contains(URI.create("https://example.test/x"));
  }

  @Test
  void detailsCopyWithNewAttemptCountAndKeepEverythingElse() {
    IOException cause = new IOException("reset");
    LatchkeyException.Details details = LatchkeyException.Details.builder()
        .code(TestCode.DEVICE_OFFLINE).httpStatus(503).requestId("r").cause(cause).build();

    LatchkeyException.Details copy = details.withAttempts(4);

    assertThat(copy.attempts()).isEqualTo(4);
    assertThat(details.attempts()).isEqualTo(1);
    assertThat(copy.code()).isEqualTo(details.code());
    assertThat(copy.httpStatus()).isEqualTo(details.httpStatus());
    assertThat(copy.requestId()).isEqualTo(details.requestId());
    assertThat(new LatchkeyException(copy).getCause()).isInstanceOf(RedactedCause.class)
        .hasMessage("java.io.IOException: reset");
  }

  @Test
  void messageAndWireValuesAreRedactedBoundedAndSingleLine() {
    String longText = "x".repeat(5000);
    LatchkeyException e = new LatchkeyException(LatchkeyException.Details.builder()
        .vendor("acme").redactor(Redactor.builder().keyPrefix("acme_live_").build())
        .rawCode("acme_live_abcdef123456").requestId("Bearer abc.def123")
        .message("line one\nAuthorization: Bearer s3cr3t-token\n{\"pin\":\"4821\"} " + longText).build());

    assertThat(e.getMessage())
        .doesNotContain("s3cr3t-token", "4821", "abcdef123456", "abc.def123", "\n")
        .hasSizeLessThan(1000);
    assertThat(e.details().toString()).doesNotContain("s3cr3t", "4821");
  }

  @Test
  void builderRejectsMissingVendorAndZeroAttempts() {
    assertThatThrownBy(() -> LatchkeyException.Details.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vendor");
    assertThatThrownBy(() -> LatchkeyException.Details.builder().vendor("acme").attempts(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempts");
  }

  @Test
  void transportExceptionsAreLatchkeyExceptions() {
    LatchkeyException.Details details = LatchkeyException.Details.builder().vendor("acme")
        .category(ErrorCategory.NETWORK).retryable(true).message("connection reset").build();

    assertThat(new LatchkeyConnectionException(details)).isInstanceOf(LatchkeyException.class)
        .hasMessage("acme: connection reset");
  }

  @Test
  void theCatalogsOwnWordsAreNotRedactedButTheServersAre() {
    LatchkeyException e = new LatchkeyException(LatchkeyException.Details.builder()
        .code(TestCode.UNAUTHORIZED).httpStatus(401).build());
    LatchkeyException echoed = new LatchkeyException(LatchkeyException.Details.builder()
        .code(TestCode.UNAUTHORIZED).message("sent Authorization: Bearer seam_c4n4ry").build());

    assertThat(e.getMessage()).isEqualTo("acme: unauthorized (HTTP 401) - The API key is wrong. - "
        + "Latchkey advice: Check the API key sent in Authorization: Bearer; create a new key.");
    assertThat(echoed.getMessage()).doesNotContain("c4n4ry")
        .endsWith("Latchkey advice: Check the API key sent in Authorization: Bearer; create a new key.");
  }

  @Test
  void knownSecretsAreRemovedFromEveryServerControlledText() {
    List<Secret> secrets = List.of(Secret.of("918273"), Secret.of("KeyCanary7"));
    LatchkeyException e = new LatchkeyException(LatchkeyException.Details.builder()
        .vendor("acme").rawCode("oops_918273").requestId("req-KeyCanary7")
        .message("the code (918273) was rejected for key \\u004beyCanary7").secrets(secrets).build());

    assertThat(e.getMessage()).doesNotContain("918273", "KeyCanary7", "eyCanary7");
    assertThat(e.rawCode()).isEqualTo("oops_[redacted]");
    assertThat(e.requestId()).contains("req-[redacted]");
    assertThat(e.details().toString()).doesNotContain("918273", "KeyCanary7");
    assertThat(e.details().withAttempts(2).message()).hasValueSatisfying(m -> assertThat(m)
        .isEqualTo("the code ([redacted]) was rejected for key [redacted]"));
  }

  @Test
  void theCauseChainNeverKeepsRawSecrets() {
    String bearer = "CanaryBearer2c4e6a9f";
    String pin = "918273";
    String apiKey = "plainApiKeyCanary";
    ProtocolException cause = new ProtocolException(
        "unexpected header Authorization: Bearer " + bearer + " pin " + pin + " key " + apiKey);
    IOException root = new IOException("root says code " + pin);
    cause.initCause(root);
    cause.addSuppressed(new IllegalStateException("suppressed " + apiKey + " Bearer " + bearer));
    root.addSuppressed(cause); // a cycle through the suppressed list

    for (List<Secret> known : List.of(List.<Secret>of(), List.of(Secret.of(apiKey)))) {
      LatchkeyException e = new LatchkeyException(LatchkeyException.Details.builder()
          .vendor("acme").message("could not read the response").cause(cause).secrets(known).build());
      List<String> canaries = new ArrayList<>(List.of(bearer, pin));
      if (!known.isEmpty()) {
        canaries.add(apiKey);
      }

      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      List<String> texts = new ArrayList<>(List.of(e.getMessage(), e.toString(), trace.toString()));
      Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      collect(e, texts, seen);

      assertThat(e.getCause()).isInstanceOf(RedactedCause.class)
          .hasMessageStartingWith("java.net.ProtocolException: unexpected header Authorization: [redacted]");
      assertThat(((RedactedCause) e.getCause()).originalClassName()).isEqualTo("java.net.ProtocolException");
      assertThat(e.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
      assertThat(e.getCause().getCause()).hasMessage("java.io.IOException: root says code [redacted]");
      assertThat(e.getCause().getSuppressed()).singleElement()
          .satisfies(s -> assertThat(s.getMessage()).startsWith("java.lang.IllegalStateException: suppressed"));
      assertThat(seen).hasSize(4);
      assertThat(trace.toString()).contains("Caused by: ", "Suppressed: ");
      assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(canaries.toArray(new String[0])));
    }
  }

  @Test
  void aLatchkeyExceptionInTheChainIsKeptAndDeepChainsAreBounded() {
    LatchkeyException inner = new LatchkeyException(LatchkeyException.Details.builder()
        .vendor("acme").message("inner").build());
    Throwable deep = inner;
    for (int i = 0; i < 100; i++) {
      deep = new RuntimeException("level " + i, deep);
    }

    LatchkeyException outer = new LatchkeyException(LatchkeyException.Details.builder()
        .vendor("acme").cause(deep).build());
    LatchkeyException wrapping = new LatchkeyException(LatchkeyException.Details.builder()
        .vendor("acme").cause(inner).build());

    int depth = 0;
    for (Throwable t = outer.getCause(); t != null; t = t.getCause()) {
      depth++;
    }
    assertThat(depth).isEqualTo(RedactedCause.MAX_DEPTH);
    assertThat(wrapping.getCause()).isSameAs(inner);
  }

  private static void collect(Throwable t, List<String> texts, Set<Throwable> seen) {
    if (t == null || !seen.add(t)) {
      return;
    }
    texts.add(String.valueOf(t.getMessage()));
    texts.add(t.toString());
    collect(t.getCause(), texts, seen);
    for (Throwable s : t.getSuppressed()) {
      collect(s, texts, seen);
    }
  }
}
