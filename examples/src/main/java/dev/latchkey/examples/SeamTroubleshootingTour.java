package dev.latchkey.examples;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.ErrorCode;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.nuki.NukiErrorCode;
import dev.latchkey.seam.AccessCode;
import dev.latchkey.seam.AccessCodeDiagnosis;
import dev.latchkey.seam.CreateAccessCodeRequest;
import dev.latchkey.seam.SeamAccessCodeErrorCode;
import dev.latchkey.seam.SeamAccessCodeWarningCode;
import dev.latchkey.seam.SeamClient;
import dev.latchkey.seam.SeamException;
import dev.latchkey.tapkey.TapkeyErrorCode;
import dev.latchkey.testkit.seam.SeamSimulator;
import dev.latchkey.testkit.seam.SimulatedFailure;
import dev.latchkey.testkit.seam.SimulatedProblem;
import java.io.PrintStream;
import java.time.Duration;

/**
 * A guided tour of Latchkey on the embedded Seam simulator: no account, no network beyond 127.0.0.1.
 *
 * <p>It does what an app that hands out door codes does, and shows what Latchkey adds at each step:
 * <ol>
 *   <li>create an access code on a lock;</li>
 *   <li>read it back and diagnose its errors and warnings, with the remedies from Seam's troubleshooting
 *       guide (a code Seam added after this SDK version is kept, with a fallback remedy);</li>
 *   <li>catch a typed exception for a duplicate PIN (HTTP 409), with Seam's request id;</li>
 *   <li>ride out rate limiting: the read is retried after the {@code Retry-After} Seam sends;</li>
 *   <li>decode other vendors' codes into the same shape: a Nuki webhook byte and a Tapkey ErrorCode.</li>
 * </ol>
 *
 * <p>Run it with {@code ./mvnw -q -Ptour -DskipTests -pl examples -am package}; the walkthrough is
 * {@code examples/README.md}.
 */
public final class SeamTroubleshootingTour {

  private SeamTroubleshootingTour() {}

  /**
   * Runs the tour and prints it to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the tour against a fresh simulator, printing each step.
   *
   * @param out where the tour is printed
   */
  public static void run(PrintStream out) {
    try (SeamSimulator simulator = SeamSimulator.start()) {
      // A real app reads SEAM_API_KEY from its environment; here the simulator hands us its key and address.
      SeamClient seam = SeamClient.builder()
          .apiKey(simulator.apiKey())
          .endpoint(simulator.baseUrl())
          .build();
      String deviceId = seam.devices().list().get(0).deviceId();

      out.println("== 1. Create an access code on device " + deviceId);
      AccessCode created = seam.accessCodes().create(
          CreateAccessCodeRequest.builder(deviceId).name("Guest, 3 nights").code("4821").build());
      out.println("   created " + created.accessCodeId() + " (the PIN stays out of logs: " + created + ")");

      out.println("== 2. The lock reports problems; diagnose the code as Seam's guide asks");
      simulator.putProblem(created.accessCodeId(),
          SimulatedProblem.error(SeamAccessCodeErrorCode.FAILED_TO_SET_ON_DEVICE)
              .message("Lock rejected the code").build());
      simulator.putProblem(created.accessCodeId(),
          SimulatedProblem.error(SeamAccessCodeErrorCode.DEVICE_DISCONNECTED)
              .origin(SimulatedProblem.Origin.DEVICE).message("Device is disconnected").build());
      // A code Seam may add next month: Latchkey keeps it instead of failing.
      simulator.putProblem(created.accessCodeId(),
          SimulatedProblem.error("keypad_battery_critical").message("Keypad battery critical").build());
      simulator.putProblem(created.accessCodeId(),
          SimulatedProblem.warning(SeamAccessCodeWarningCode.DELAY_IN_SETTING_ON_DEVICE)
              .message("Delay in setting code").build());
      AccessCodeDiagnosis diagnosis = seam.accessCodes().get(created.accessCodeId()).diagnose();
      for (AccessCodeDiagnosis.Finding finding : diagnosis.findings()) {
        out.println("   " + finding.severity() + " " + finding.kind() + " from " + finding.origin() + ": "
            + (finding.problem().isKnown() ? finding.code().name()
                : "unknown code '" + finding.problem().rawCode() + "'"));
        out.println("      -> " + finding.remedies().get(0).labelled());
      }

      out.println("== 3. Same PIN twice on one lock: a typed conflict, not a string to parse");
      try {
        seam.accessCodes().create(CreateAccessCodeRequest.builder(deviceId).code("4821").build());
        out.println("   unexpected: Seam accepted a duplicate PIN");
      } catch (SeamException conflict) {
        if (conflict.category() != ErrorCategory.CONFLICT) {
          throw conflict;
        }
        out.println("   " + conflict.type() + " (HTTP " + conflict.httpStatus().orElse(-1) + ", request id "
            + conflict.requestId().orElse("none") + ")");
        out.println("   message: " + conflict.getMessage());
      }

      out.println("== 4. Rate limited: the read is retried after Retry-After");
      simulator.failNext(SimulatedFailure.rateLimited(Duration.ofSeconds(1)));
      try {
        AccessCode again = seam.accessCodes().get(created.accessCodeId());
        out.println("   got " + again.accessCodeId() + " after "
            + simulator.requestCount("/access_codes/get") + " requests to /access_codes/get in total");
      } catch (SeamException e) {
        out.println("   failed after " + e.attempts() + " attempts: " + e.getMessage());
      }
    } catch (LatchkeyException e) {
      out.println("The tour failed: " + e.getMessage());
      throw e;
    }

    out.println("== 5. Other vendors, same shape");
    describe(out, "Nuki webhook errorCode \"ff\"", NukiErrorCode.fromWire("ff"));
    describe(out, "Tapkey ErrorCode \"Duplicate\"", TapkeyErrorCode.fromWire("Duplicate"));
  }

  private static void describe(PrintStream out, String what, ErrorCode code) {
    out.println("   " + what + " -> " + code.name() + " [" + code.category()
        + (code.retryable() ? ", retryable" : "") + "]: " + code.description());
    out.println("      -> " + code.firstRemedy().orElse("(no remedy)"));
  }
}
