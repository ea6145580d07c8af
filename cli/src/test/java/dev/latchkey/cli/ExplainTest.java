package dev.latchkey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCode;
import dev.latchkey.core.Remedy;
import dev.latchkey.core.RemedySource;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.nuki.NukiErrorCode;
import dev.latchkey.seam.SeamAccessCodeErrorCode;
import dev.latchkey.tapkey.TapkeyAuthFailure;
import dev.latchkey.tapkey.TapkeyErrorCode;
import dev.latchkey.tapkey.TapkeyHttpStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplainTest {

  @Test
  void explainsANukiByteWithEverythingTheCatalogSays() {
    NukiErrorCode code = NukiErrorCode.fromWire("ff");
    CliRun run = CliRun.run("explain", "nuki", "ff");

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains(code.name(), code.description(), code.category().name(),
        code.docs().orElseThrow().toString(),
        "https://github.com/latchkey/latchkey/blob/main/docs/reference/nuki-error-codes.md#ff", "NukiErrorCode");
    for (Remedy remedy : code.remedies()) {
      assertThat(run.out()).contains(remedy.text());
    }
    assertThat(run.out()).contains("retryable   " + (code.retryable() ? "yes" : "no"));
  }

  @Test
  void jsonHasEveryFieldAndParsesBack() {
    NukiErrorCode code = NukiErrorCode.fromWire("0x13");
    JsonValue match = CliRun.run("explain", "nuki:0x13", "--json").json().get("matches").get(0);

    assertThat(match.get("vendor").stringValue()).isEqualTo("nuki");
    assertThat(match.get("catalog").stringValue()).isEqualTo("NukiErrorCode");
    assertThat(match.get("code").stringValue()).isEqualTo(code.wireValue());
    assertThat(match.get("name").stringValue()).isEqualTo(code.name());
    assertThat(match.get("description").stringValue()).isEqualTo(code.description());
    assertThat(match.get("category").stringValue()).isEqualTo(code.category().name());
    assertThat(match.get("retryable").booleanValue()).isEqualTo(code.retryable());
    assertThat(match.get("deprecated").booleanValue()).isEqualTo(code.deprecated());
    assertThat(match.get("docs").stringValue()).isEqualTo(code.docs().orElseThrow().toString());
    assertThat(match.get("reference").stringValue())
        .isEqualTo("https://github.com/latchkey/latchkey/blob/main/docs/reference/nuki-error-codes.md#13")
        .isEqualTo(code.reference().orElseThrow().toString());
    List<JsonValue> remedies = match.get("remedies").items();
    assertThat(remedies).hasSameSizeAs(code.remedies());
    for (int i = 0; i < remedies.size(); i++) {
      assertThat(remedies.get(i).get("text").stringValue()).isEqualTo(code.remedies().get(i).text());
      assertThat(remedies.get(i).get("source").stringValue())
          .isEqualTo(code.remedies().get(i).source() == RemedySource.VENDOR ? "vendor" : "latchkey");
    }
  }

  /** The forms users paste, from the issue; each names the code the enum's own lookup gives. */
  @ParameterizedTest
  @ValueSource(strings = {"nuki ff", "nuki 0x2A", "nuki:0x13", "NUKI FF", "seam failed_to_set_on_device",
      "tapkey Duplicate", "tapkey duplicate", "failed_to_set_on_device", "nuki ERROR_UNKNOWN"})
  void takesTheFormsUsersPaste(String line) {
    List<String> args = new ArrayList<>(List.of("explain"));
    args.addAll(List.of(line.split(" ")));
    args.add("--json");
    CliRun run = CliRun.run(args.toArray(String[]::new));

    assertThat(run.exit()).as(run.err()).isEqualTo(Latchkey.EXIT_OK);
    JsonValue match = run.json().get("matches").get(0);
    String typed = line.contains(" ") ? line.substring(line.indexOf(' ') + 1) : line.replaceFirst("^nuki:", "");
    ErrorCode expected = switch (match.get("vendor").stringValue()) {
      case "nuki" -> typed.startsWith("ERROR") ? NukiErrorCode.valueOf(typed) : NukiErrorCode.fromWire(typed);
      case "seam" -> SeamAccessCodeErrorCode.fromWire(typed);
      default -> TapkeyErrorCode.valueOf(typed.toUpperCase());
    };
    assertThat(expected.isKnown()).isTrue();
    assertThat(match.get("name").stringValue()).isEqualTo(expected.name());
    assertThat(match.get("code").stringValue()).isEqualTo(expected.wireValue());
  }

  @Test
  void aTapkey401ShowsTheStatusAndTheThreeCausesOfA401() {
    JsonValue matches = CliRun.run("explain", "tapkey", "401", "--json").json().get("matches");

    List<String> names = new ArrayList<>();
    for (JsonValue match : matches.items()) {
      names.add(match.get("catalog").stringValue() + "." + match.get("name").stringValue());
    }
    List<String> expected = new ArrayList<>(List.of("TapkeyHttpStatus." + TapkeyHttpStatus.fromStatus(401).name()));
    for (TapkeyAuthFailure failure : TapkeyAuthFailure.knownValues()) {
      if (failure.httpStatuses().contains(401)) {
        expected.add("TapkeyAuthFailure." + failure.name());
      }
    }
    assertThat(names).containsExactlyElementsOf(expected);
    assertThat(expected).hasSizeGreaterThan(1);
  }

  @Test
  void showsTheProvenanceOfEachRemedy() {
    NukiErrorCode advised = first(NukiErrorCode.knownValues(), RemedySource.LATCHKEY);
    NukiErrorCode vendors = first(NukiErrorCode.knownValues(), RemedySource.VENDOR);

    assertThat(CliRun.run("explain", "nuki", advised.wireValue()).out()).contains("[Latchkey advice]")
        .doesNotContain("[nuki's words]");
    assertThat(CliRun.run("explain", "nuki", vendors.wireValue()).out()).contains("[nuki's words]");
  }

  @Test
  void showsADeprecatedCodesReplacement() {
    Catalog catalog = null;
    ErrorCode deprecated = null;
    for (Catalog candidate : Catalog.values()) {
      for (ErrorCode code : candidate.known()) {
        if (deprecated == null && code.deprecated() && code.replacedBy().isPresent()) {
          catalog = candidate;
          deprecated = code;
        }
      }
    }
    assertThat(deprecated).as("a catalog has a deprecated code with a replacement").isNotNull();
    CliRun run = CliRun.run("explain", catalog.vendor(), deprecated.wireValue(), "--json");

    JsonValue match = run.json().get("matches").get(0);
    assertThat(match.get("deprecated").booleanValue()).isTrue();
    assertThat(match.get("replacedBy").stringValue()).isEqualTo(deprecated.replacedBy().orElseThrow().wireValue());
    assertThat(CliRun.run("explain", catalog.vendor(), deprecated.wireValue()).out())
        .contains("replaced by " + deprecated.replacedBy().orElseThrow().wireValue());
  }

  @Test
  void anUnknownCodeSaysSoAndSuggestsTheNearestKnownCodes() {
    SeamAccessCodeErrorCode meant = SeamAccessCodeErrorCode.fromWire("failed_to_set_on_device");
    String typo = meant.wireValue().substring(0, meant.wireValue().length() - 1);
    CliRun run = CliRun.run("explain", "seam", typo);

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_NOT_FOUND);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("'" + typo + "' is not a code in seam's catalogs",
        "nearest known codes: seam " + meant.wireValue() + " (" + meant.name() + ")");

    CliRun json = CliRun.run("explain", "seam", typo, "--json");
    JsonValue error = json.json().get("error");
    assertThat(error.get("kind").stringValue()).isEqualTo("unknown_code");
    assertThat(error.get("exitCode").numberValue().intValue()).isEqualTo(Latchkey.EXIT_NOT_FOUND);
    assertThat(error.get("suggestions").get(0).get("code").stringValue()).isEqualTo(meant.wireValue());
    assertThat(error.get("suggestions").get(0).get("distance").numberValue().intValue()).isEqualTo(1);
  }

  @Test
  void anUnknownNukiByteSuggestsNukiCodes() {
    CliRun run = CliRun.run("explain", "nuki", "0x01", "--json");

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_NOT_FOUND);
    for (JsonValue suggestion : run.json().get("error").get("suggestions").items()) {
      assertThat(suggestion.get("vendor").stringValue()).isEqualTo("nuki");
    }
  }

  @Test
  void aCodeOfTwoVendorsAsksWhichVendor() {
    CliRun run = CliRun.run("explain", "401");

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(run.err()).contains("'401' is a code of nuki and tapkey", "latchkey explain nuki 401",
        "latchkey explain tapkey 401");
    assertThat(CliRun.run("explain", "401", "--json").json().get("error").get("kind").stringValue())
        .isEqualTo("ambiguous_code");
  }

  @Test
  void anUnknownVendorIsBadUsageThatListsTheVendors() {
    CliRun run = CliRun.run("explain", "acme", "ff");

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(run.err()).contains("unknown vendor 'acme'", "known vendors: seam, nuki, tapkey");
    assertThat(CliRun.run("explain", "acme", "ff", "--json").json().get("error").get("kind").stringValue())
        .isEqualTo("usage");
  }

  @Test
  void aVendorWithoutACodeIsBadUsage() {
    CliRun run = CliRun.run("explain", "nuki");

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(run.err()).contains("'nuki' is a vendor: give a code too");
  }

  @Test
  void aHugeOrControlCharacterCodeIsRefusedWithoutEchoingIt() {
    CliRun huge = CliRun.run("explain", "nuki", "f".repeat(100_000));
    assertThat(huge.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(huge.err()).contains("100000 characters").hasSizeLessThan(300);

    CliRun control = CliRun.run("explain", "nuki", "f\u001b[31m");
    assertThat(control.exit()).isEqualTo(Latchkey.EXIT_NOT_FOUND);
    assertThat(control.err()).doesNotContain("\u001b");
  }

  @Test
  void withoutPicocliTheOutputIsTheSame() {
    for (String[] args : List.of(new String[] {"explain", "nuki", "ff"}, new String[] {"explain", "tapkey", "401"},
        new String[] {"explain", "seam", "no_such_code"}, new String[] {"explain", "401"},
        new String[] {"explain", "acme", "ff"}, new String[] {"explain", "nuki:0x13"},
        new String[] {"explain", "--json", "nuki", "ff"}, new String[] {"explain", "tapkey", "401", "--json"},
        new String[] {"explain", "seam", "no_such_code", "--json"}, new String[] {"explain", "nuki", "--json"})) {
      assertThat(CliRun.direct(args)).as(String.join(" ", args)).isEqualTo(CliRun.run(args));
    }
  }

  @Test
  void optionsAndOtherCommandsGoThroughPicocli() {
    StringWriterPair pair = new StringWriterPair();
    assertThat(Main.runDirectly(new String[] {"explain", "nuki", "ff", "--json", "--json"}, pair.out, pair.err, false))
        .isNull();
    assertThat(Main.runDirectly(new String[] {"explain", "nuki", "ff", "--jsn"}, pair.out, pair.err, false)).isNull();
    assertThat(Main.runDirectly(new String[] {"explain", "--json"}, pair.out, pair.err, false)).isNull();
    assertThat(Main.runDirectly(new String[] {"explain", "a", "b", "c"}, pair.out, pair.err, false)).isNull();
    assertThat(Main.runDirectly(new String[] {"explain", "--help"}, pair.out, pair.err, false)).isNull();
    assertThat(Main.runDirectly(new String[] {"list"}, pair.out, pair.err, false)).isNull();
    assertThat(Main.runDirectly(new String[] {"explain", "@args.txt"}, pair.out, pair.err, false)).isNull();
    assertThat(pair.written()).isEmpty();
  }

  private static final class StringWriterPair {
    final java.io.StringWriter outText = new java.io.StringWriter();
    final java.io.StringWriter errText = new java.io.StringWriter();
    final java.io.PrintWriter out = new java.io.PrintWriter(outText);
    final java.io.PrintWriter err = new java.io.PrintWriter(errText);

    String written() {
      return outText.toString() + errText;
    }
  }

  private static NukiErrorCode first(List<NukiErrorCode> codes, RemedySource source) {
    for (NukiErrorCode code : codes) {
      if (!code.remedies().isEmpty() && code.remedies().stream().allMatch(r -> r.source() == source)) {
        return code;
      }
    }
    throw new AssertionError("no Nuki code with only " + source + " remedies");
  }
}
