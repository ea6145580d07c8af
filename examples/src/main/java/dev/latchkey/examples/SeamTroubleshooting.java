package dev.latchkey.examples;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Remedy;
import dev.latchkey.seam.AccessCode;
import dev.latchkey.seam.AccessCodeDiagnosis;
import dev.latchkey.seam.AccessCodeDiagnosis.Finding;
import dev.latchkey.seam.CreateAccessCodeRequest;
import dev.latchkey.seam.Device;
import dev.latchkey.seam.ProblemOrigin;
import dev.latchkey.seam.SeamAccessCodeErrorCode;
import dev.latchkey.seam.SeamAccessCodeWarningCode;
import dev.latchkey.seam.SeamClient;
import dev.latchkey.seam.UpdateAccessCodeRequest;
import dev.latchkey.testkit.seam.SeamSimulator;
import dev.latchkey.testkit.seam.SimulatedProblem;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tutorial: troubleshoot Seam access codes the way Seam's guide asks ("Determining the Issue").
 *
 * <p>It lists every access code of every device, prints each error and warning with its remedy (generic
 * errors first, an unknown code with the fallback remedy), and fixes what the API can fix: a code modified
 * outside Seam is deleted and re-created, a code that could not be set is replaced by a backup code. The
 * walkthrough is {@code examples/seam-troubleshooting.md}.
 *
 * <p>Without {@code SEAM_API_KEY} it runs on the embedded {@link SeamSimulator}, seeded with the problems of
 * the guide. With it, it reads your workspace and only reports, unless {@code LATCHKEY_APPLY_FIXES=true}.
 */
public final class SeamTroubleshooting {

  /** Set to {@code true} to let the tutorial delete, re-create and rename codes on a real Seam workspace. */
  public static final String APPLY_FIXES_ENV = "LATCHKEY_APPLY_FIXES";

  /** The app's convention for spare codes kept on each lock, ready to stand in for a failed one. */
  static final String BACKUP_PREFIX = "Backup";

  private SeamTroubleshooting() {}

  /**
   * Runs the tutorial on the simulator, or on Seam when {@code SEAM_API_KEY} is set.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out, System.getenv());
  }

  /**
   * Runs the tutorial.
   *
   * @param out where it prints
   * @param env the environment: {@code SEAM_API_KEY} (and {@code SEAM_ENDPOINT}) select the real Seam API;
   *     without them the embedded simulator is used
   * @throws LatchkeyException when Seam cannot be reached or answers with an error
   */
  public static void run(PrintStream out, Map<String, String> env) {
    if (env.get(SeamClient.API_KEY_ENV) != null) {
      SeamClient seam = SeamClient.builder().environment(env::get).build();
      // The client's toString, not SEAM_ENDPOINT itself: an endpoint can carry credentials in its URL.
      out.println("Seam: troubleshooting access codes with " + seam);
      troubleshoot(seam, out, "true".equals(env.get(APPLY_FIXES_ENV)));
      return;
    }
    try (SeamSimulator simulator = SeamSimulator.start()) {
      out.println("Seam: troubleshooting access codes on the embedded simulator");
      SeamClient seam = SeamClient.builder()
          .apiKey(simulator.apiKey())
          .baseUrl(simulator.baseUrl())
          .environment(name -> null)
          .build();
      seedTheGuidesProblems(simulator);
      troubleshoot(seam, out, true);
    }
  }

  // ---- the app: what you would run against your own workspace

  static void troubleshoot(SeamClient seam, PrintStream out, boolean applyFixes) {
    // Determining the Issue: list the codes and look at their errors and warnings.
    List<AccessCode> withProblems = new ArrayList<>();
    for (Device device : seam.devices().list()) {
      for (AccessCode code : seam.accessCodes().list(device.deviceId())) {
        AccessCodeDiagnosis diagnosis = code.diagnose();
        if (diagnosis.isHealthy()) {
          continue;
        }
        withProblems.add(code);
        out.println("- " + describe(code) + " on " + device.displayName());
        for (Finding finding : diagnosis.findings()) {
          printFinding(out, finding);
        }
      }
    }
    out.println(withProblems.size() + " access codes with problems");

    // Fix what the API can fix, one code at a time, driven by its own (not its device's) errors.
    for (AccessCode code : withProblems) {
      fix(seam, out, code, applyFixes);
    }

    // Read everything again: what is left is for a person (or for Seam, still retrying).
    List<String> left = new ArrayList<>();
    for (Device device : seam.devices().list()) {
      seam.accessCodes().list(device.deviceId()).stream()
          .filter(c -> !c.diagnose().isHealthy())
          .forEach(c -> left.add(c.name().orElse(c.accessCodeId())));
    }
    out.println("after the fixes: " + left.size() + " access codes with problems " + left);
  }

  private static void printFinding(PrintStream out, Finding finding) {
    String code = finding.problem().isKnown() ? finding.problem().rawCode()
        : "unknown code '" + finding.problem().rawCode() + "'";
    out.println("    " + finding.severity() + " " + finding.kind() + " from " + finding.origin() + ": " + code
        + " (" + finding.problem().message() + ")");
    for (Remedy remedy : finding.remedies()) {
      out.println("      -> " + remedy.labelled());
    }
  }

  // Seam still sends the deprecated code_modified_external_to_seam on older integrations: handle both names.
  @SuppressWarnings("deprecation")
  private static void fix(SeamClient seam, PrintStream out, AccessCode code, boolean applyFixes) {
    String what = "fix " + describe(code) + ": ";
    for (Finding error : code.diagnose().errors()) {
      if (error.origin() != ProblemOrigin.ACCESS_CODE) {
        continue;   // the device's or account's problem: nothing to change on the code
      }
      if (!error.problem().isKnown()) {
        // The guide's fallback case: no typed handling, so a person looks at it with Seam's message.
        out.println(what + "unknown error '" + error.problem().rawCode() + "', alert an operator");
        return;
      }
      switch ((SeamAccessCodeErrorCode) error.code()) {
        case CONFLICTING_EXTERNAL_MODIFICATION, CODE_MODIFIED_EXTERNAL_TO_SEAM -> {
          out.println(what + "modified outside Seam (" + modifiedFields(code) + ")");
          if (!applyFixes) {
            out.println(what + "would delete and re-create it (set " + APPLY_FIXES_ENV + "=true)");
          } else {
            AccessCode recreated = deleteAndRecreate(seam, code);
            out.println(what + "deleted and re-created as " + recreated.accessCodeId());
          }
          return;
        }
        case FAILED_TO_SET_ON_DEVICE -> {
          Optional<AccessCode> backup = findBackup(seam, code.deviceId());
          if (backup.isEmpty()) {
            out.println(what + "no backup code on the device, alert an operator");
          } else if (!applyFixes) {
            out.println(what + "would hand over backup code " + backup.get().accessCodeId()
                + " (set " + APPLY_FIXES_ENV + "=true)");
          } else {
            useBackup(seam, code, backup.get());
            out.println(what + "replaced by backup code " + backup.get().accessCodeId()
                + ", now named '" + backupName(code) + "' (give the guest its PIN from your records)");
          }
          return;
        }
        default -> {
          // Every other code: Seam keeps trying, or the remedy needs a person.
        }
      }
    }
    out.println(what + "nothing the API can fix; " + code.diagnose().findings().get(0).remedies().get(0).labelled());
  }

  /** The names of the fields changed outside Seam (never their values: one of them may be the PIN). */
  private static String modifiedFields(AccessCode code) {
    List<String> fields = new ArrayList<>();
    code.errors().forEach(e -> e.modifiedFields().forEach(f -> fields.add(f.field())));
    return fields.isEmpty() ? "fields not given" : "changed: " + String.join(", ", fields);
  }

  private static String backupName(AccessCode failed) {
    return failed.name().orElse("guest") + " (backup)";
  }

  /** The guide's remedy for an external change: delete the code and set it again through Seam. */
  private static AccessCode deleteAndRecreate(SeamClient seam, AccessCode code) {
    seam.actionAttempts().waitUntilDone(seam.accessCodes().delete(code.accessCodeId()));
    CreateAccessCodeRequest.Builder again = CreateAccessCodeRequest.builder(code.deviceId());
    code.name().ifPresent(again::name);
    code.code().ifPresent(again::code);
    code.startsAt().ifPresent(again::startsAt);
    code.endsAt().ifPresent(again::endsAt);
    return seam.accessCodes().create(again.build());
  }

  /** A healthy spare code this app keeps on the lock, named "Backup ...". */
  private static Optional<AccessCode> findBackup(SeamClient seam, String deviceId) {
    return seam.accessCodes().list(deviceId).stream()
        .filter(c -> c.name().orElse("").startsWith(BACKUP_PREFIX))
        .filter(c -> c.diagnose().isHealthy() && "set".equals(c.status()))
        .findFirst();
  }

  /** The spare takes the failed code's name and time window; the failed code is removed from the lock. */
  private static void useBackup(SeamClient seam, AccessCode failed, AccessCode backup) {
    UpdateAccessCodeRequest.Builder takeOver = UpdateAccessCodeRequest.builder(backup.accessCodeId())
        .name(backupName(failed));
    failed.startsAt().ifPresent(takeOver::startsAt);
    failed.endsAt().ifPresent(takeOver::endsAt);
    seam.actionAttempts().waitUntilDone(seam.accessCodes().update(takeOver.build()));
    seam.actionAttempts().waitUntilDone(seam.accessCodes().delete(failed.accessCodeId()));
  }

  private static String describe(AccessCode code) {
    return "'" + code.name().orElse("(no name)") + "' " + code.accessCodeId();
  }

  // ---- the simulator's side: the problems the guide describes, as a lock would report them

  static void seedTheGuidesProblems(SeamSimulator simulator) {
    List<String> devices = simulator.deviceIds();
    String frontDoor = devices.get(0);
    String backDoor = devices.get(1);
    String garage = devices.get(2);
    simulator.addAccessCode(frontDoor, "Owner", "7305");

    String ada = simulator.addAccessCode(frontDoor, "Guest Ada", "4821");
    simulator.putProblem(ada, SimulatedProblem.error(SeamAccessCodeErrorCode.CONFLICTING_EXTERNAL_MODIFICATION)
        .message("Code was modified or removed externally after Seam successfully set it on the device")
        .changeType("modified").modifiedField("code", "4821", "1111").build());

    simulator.addAccessCode(backDoor, BACKUP_PREFIX + " 1", "6150");
    String grace = simulator.addAccessCode(backDoor, "Guest Grace", "3916");
    simulator.putProblem(grace, SimulatedProblem.error(SeamAccessCodeErrorCode.DEVICE_DISCONNECTED)
        .origin(SimulatedProblem.Origin.DEVICE).message("Device is disconnected").build());
    simulator.putProblem(grace, SimulatedProblem.error(SeamAccessCodeErrorCode.FAILED_TO_SET_ON_DEVICE)
        .message("Failed to set code on the lock").build());

    // A code Seam may add next month: the app must still say something useful.
    String cleaner = simulator.addAccessCode(garage, "Cleaner", "2468");
    simulator.putProblem(cleaner, SimulatedProblem.error("keypad_battery_critical")
        .message("Keypad battery critical").build());

    String linus = simulator.addAccessCode(frontDoor, "Guest Linus", "5072");
    simulator.putProblem(linus, SimulatedProblem.warning(SeamAccessCodeWarningCode.DELAY_IN_SETTING_ON_DEVICE)
        .message("Delay in setting code on the lock").build());
  }
}
