package dev.latchkey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.Remedy;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.nuki.NukiErrorCode;
import dev.latchkey.nuki.NukiHttpStatus;
import dev.latchkey.seam.SeamAccessCodeErrorCode;
import dev.latchkey.seam.SeamAccessCodeWarningCode;
import dev.latchkey.seam.SeamHttpErrorType;
import dev.latchkey.tapkey.TapkeyErrorCode;
import dev.latchkey.tapkey.TapkeyOAuthError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeTest {

  private static final String SEAM_KEY = "seam_testkey_4f8a9c2e1b7d3f60";

  @Test
  void aSeamErrorBodyIsDetectedAndTyped() {
    SeamHttpErrorType type = SeamHttpErrorType.fromWire("duplicate_access_code");
    String body = "{\"error\": {\"type\": \"" + type.wireValue() + "\", \"message\": \"Key " + SEAM_KEY
        + " cannot create it\"}, \"ok\": false}";
    CliRun run = CliRun.withInput(body, "decode", "--status", "409");

    assertThat(run.exit()).as(run.err()).isEqualTo(Latchkey.EXIT_OK);
    assertThat(run.out()).contains("Seam error body", type.name(), type.description(),
        "https://github.com/latchkey/latchkey/blob/main/docs/reference/seam-http-errors.md#duplicate_access_code",
        "httpStatus: 409")
        .doesNotContain(SEAM_KEY);
    for (Remedy remedy : type.remedies()) {
      assertThat(run.out()).contains(remedy.text());
    }

    JsonValue json = CliRun.withInput(body, "decode", "seam", "-", "--json").json();
    assertThat(json.get("vendor").stringValue()).isEqualTo("seam");
    assertThat(json.get("input").stringValue()).isEqualTo("seam_error_body");
    JsonValue problem = json.get("problems").get(0);
    assertThat(problem.get("name").stringValue()).isEqualTo(type.name());
    assertThat(problem.get("reference").stringValue()).isEqualTo(type.reference().orElseThrow().toString());
    assertThat(problem.get("category").stringValue()).isEqualTo(type.category().name());
    assertThat(problem.get("message").stringValue()).doesNotContain(SEAM_KEY).contains("cannot create it");
  }

  @Test
  void aSeamAccessCodeIsDiagnosedWithoutShowingThePin() {
    SeamAccessCodeErrorCode error = SeamAccessCodeErrorCode.fromWire("failed_to_set_on_device");
    SeamAccessCodeWarningCode warning = SeamAccessCodeWarningCode.knownValues().get(0);
    String accessCode = "{\"access_code\": {\"access_code_id\": \"ac_1\", \"device_id\": \"dev_1\", \"code\": \"480213\","
        + " \"status\": \"setting\", \"is_external_modification_allowed\": false,"
        + " \"errors\": [{\"error_code\": \"" + error.wireValue() + "\", \"message\": \"Lock rejected it\","
        + " \"is_access_code_error\": true}, {\"error_code\": \"keypad_on_fire\", \"message\": \"new\","
        + " \"is_access_code_error\": true}],"
        + " \"warnings\": [{\"warning_code\": \"" + warning.wireValue() + "\", \"message\": \"slow\"}]}, \"ok\": true}";
    CliRun run = CliRun.withInput(accessCode, "decode", "--json");

    assertThat(run.exit()).as(run.err()).isEqualTo(Latchkey.EXIT_OK);
    assertThat(run.out()).doesNotContain("480213");
    JsonValue json = run.json();
    assertThat(json.get("input").stringValue()).isEqualTo("seam_access_code");
    assertThat(json.get("facts").get("accessCodeId").stringValue()).isEqualTo("ac_1");
    assertThat(json.get("problems").items()).extracting(p -> p.get("rawCode").stringValue())
        .containsExactlyInAnyOrder(error.wireValue(), "keypad_on_fire", warning.wireValue());
    JsonValue unknown = json.get("problems").items().stream()
        .filter(p -> p.get("rawCode").stringValue().equals("keypad_on_fire")).findFirst().orElseThrow();
    assertThat(unknown.get("known").booleanValue()).isFalse();
    assertThat(unknown.get("remedies").items()).isNotEmpty();

    assertThat(CliRun.withInput(accessCode, "decode", "seam").out()).contains(error.name(), warning.name(),
        "unknown to this SDK version (raw 'keypad_on_fire')").doesNotContain("480213");
  }

  @Test
  void aNukiWebhookGivesOneProblemPerFailedSmartlock() {
    NukiErrorCode known = NukiErrorCode.fromWire("ff");
    String webhook = "{\"requestId\": \"req-1\", \"type\": \"LockAction\", \"success\": false, \"detail\": ["
        + "{\"smartlockId\": 11, \"success\": false, \"errorCode\": \"" + known.wireValue() + "\"},"
        + "{\"smartlockId\": 12, \"success\": false, \"errorCode\": \"9c\"},"
        + "{\"smartlockId\": 13, \"success\": true}]}";
    JsonValue json = CliRun.withInput(webhook, "decode", "nuki", "--json").json();

    assertThat(json.get("input").stringValue()).isEqualTo("nuki_webhook");
    assertThat(json.get("facts").get("smartlocks").stringValue()).isEqualTo("3");
    JsonValue first = json.get("problems").get(0);
    assertThat(first.get("where").stringValue()).isEqualTo("smartlock 11");
    assertThat(first.get("name").stringValue()).isEqualTo(known.name());
    assertThat(first.get("retryable").booleanValue()).isEqualTo(known.retryable());
    JsonValue second = json.get("problems").get(1);
    assertThat(second.get("known").booleanValue()).isFalse();
    assertThat(second.get("rawCode").stringValue()).isEqualTo("9c");
    assertThat(second.get("reference").stringValue())
        .isEqualTo("https://github.com/latchkey/latchkey/blob/main/docs/reference/nuki-error-codes.md"
            + "#UNKNOWN_TO_SDK_VERSION");
    assertThat(second.get("remedies").items()).hasSameSizeAs(NukiErrorCode.UNKNOWN_TO_SDK_VERSION.remedies());
    assertThat(json.get("problems").items()).hasSize(2);
  }

  @Test
  void aNukiDeviceWebhookHasNoProblems() {
    CliRun run = CliRun.withInput("{\"feature\": \"DEVICE_STATUS\", \"smartlockId\": 7, \"state\": {}}", "decode");

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_OK);
    assertThat(run.out()).contains("Nuki webhook", "feature: DEVICE_STATUS", "smartlockId: 7", "no problems reported");
  }

  @Test
  void aNukiErrorBodyNeedsItsStatus() {
    String body = "{\"detailMessage\": \"Smartlock is offline\"}";
    CliRun without = CliRun.withInput(body, "decode", "nuki");
    assertThat(without.exit()).isEqualTo(Latchkey.EXIT_UNDECODABLE);
    assertThat(without.err()).contains("--status");

    NukiHttpStatus status = NukiHttpStatus.knownValues().get(0);
    JsonValue problem = CliRun.withInput(body, "decode", "--status", Integer.toString(status.status()), "--json")
        .json().get("problems").get(0);
    assertThat(problem.get("name").stringValue()).isEqualTo(status.name());
    assertThat(problem.get("message").stringValue()).isEqualTo("Smartlock is offline");
  }

  @Test
  void tapkeyErrorBodiesAndTokenErrors(@TempDir Path dir) throws Exception {
    TapkeyErrorCode code = TapkeyErrorCode.fromWire("Duplicate");
    Path file = dir.resolve("body.json");
    Files.writeString(file, "{\"ErrorCode\": \"" + code.wireValue() + "\", \"ErrorMessage\": \"Grant exists\","
        + " \"UserErrorMessage\": \"Diese Berechtigung gibt es schon\"}");
    JsonValue json = CliRun.run("decode", "tapkey", file.toString(), "--json").json();
    assertThat(json.get("input").stringValue()).isEqualTo("tapkey_error_body");
    assertThat(json.get("problems").get(0).get("name").stringValue()).isEqualTo(code.name());
    assertThat(json.get("problems").get(0).get("message").stringValue()).contains("Diese Berechtigung");

    TapkeyOAuthError oauth = TapkeyOAuthError.knownValues().get(0);
    JsonValue token = CliRun.withInput("{\"error\": \"" + oauth.wireValue() + "\"}", "decode", "--json").json();
    assertThat(token.get("input").stringValue()).isEqualTo("tapkey_token_error");
    assertThat(token.get("problems").get(0).get("name").stringValue()).isEqualTo(oauth.name());
  }

  @Test
  void anotherVendorsBodyIsRefused() {
    CliRun run = CliRun.withInput("{\"error\": {\"type\": \"device_not_found\"}}", "decode", "nuki");

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_UNDECODABLE);
    assertThat(run.err()).contains("looks like a Seam error body, not nuki's");
  }

  @Test
  void malformedJsonSaysWhere() {
    CliRun run = CliRun.withInput("{\"error\": {\"type\": ", "decode", "--json");

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_UNDECODABLE);
    assertThat(run.err()).contains("the input is not JSON: it ends inside a value");
    assertThat(run.json().get("error").get("kind").stringValue()).isEqualTo("undecodable_input");
    assertThat(CliRun.withInput("{\"a\": tru}", "decode").err()).contains("not JSON: malformed at line 1");
  }

  @Test
  void emptyInputSaysHowToGiveSome() {
    for (String empty : new String[] {"", "  \n\t "}) {
      CliRun run = CliRun.withInput(empty, "decode");
      assertThat(run.exit()).isEqualTo(Latchkey.EXIT_UNDECODABLE);
      assertThat(run.err()).contains("standard input is empty", "latchkey decode < body.json");
    }
  }

  @Test
  void binaryGarbageIsRefused() {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    garbage[10] = 0;
    CliRun withNul = CliRun.withInput(garbage, "decode");
    assertThat(withNul.exit()).isEqualTo(Latchkey.EXIT_UNDECODABLE);
    assertThat(withNul.err()).contains("binary");

    byte[] notUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    CliRun invalid = CliRun.withInput(notUtf8, "decode");
    assertThat(invalid.exit()).isEqualTo(Latchkey.EXIT_UNDECODABLE);
    assertThat(invalid.err()).contains("not UTF-8 text");
  }

  @Test
  void hugeInputIsReadOnlyUpToTheLimit() {
    byte[] huge = new byte[Decode.MAX_INPUT_BYTES * 8];
    Arrays.fill(huge, (byte) '[');
    CliRun run = CliRun.withInput(huge, "decode", "--json");

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_UNDECODABLE);
    assertThat(run.err()).contains("is over 1024 KiB");

    byte[] deep = "[".repeat(Decode.MAX_INPUT_BYTES / 2).getBytes(StandardCharsets.US_ASCII);
    CliRun nested = CliRun.withInput(deep, "decode");
    assertThat(nested.exit()).isEqualTo(Latchkey.EXIT_UNDECODABLE);
    assertThat(nested.err()).contains("not JSON");
  }

  @Test
  void jsonOfNoKnownShapeListsTheShapes() {
    CliRun object = CliRun.withInput("{\"hello\": \"world\"}", "decode");
    assertThat(object.exit()).isEqualTo(Latchkey.EXIT_UNDECODABLE);
    assertThat(object.err()).contains("none of the shapes", "Seam error body", "Nuki webhook", "Tapkey error body");

    CliRun array = CliRun.withInput("[1, 2]", "decode");
    assertThat(array.exit()).isEqualTo(Latchkey.EXIT_UNDECODABLE);
    assertThat(array.err()).contains("not an object (array)");

    CliRun shapeless = CliRun.withInput("{\"access_code\": {\"name\": \"x\"}}", "decode");
    assertThat(shapeless.exit()).isEqualTo(Latchkey.EXIT_UNDECODABLE);
    assertThat(shapeless.err()).contains("looks like a Seam access code but cannot be read");
  }

  @Test
  void badFileOrStatusIsBadUsage(@TempDir Path dir) {
    CliRun missing = CliRun.run("decode", dir.resolve("nope.json").toString());
    assertThat(missing.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(missing.err()).contains("no such file");

    CliRun directory = CliRun.run("decode", "seam", dir.toString());
    assertThat(directory.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(directory.err()).contains("cannot read");

    CliRun status = CliRun.withInput("{}", "decode", "--status", "999");
    assertThat(status.exit()).isEqualTo(Latchkey.EXIT_USAGE);

    CliRun vendor = CliRun.withInput("{}", "decode", "acme", "-");
    assertThat(vendor.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(vendor.err()).contains("unknown vendor 'acme'");
  }
}
