package dev.latchkey.cli;

import dev.latchkey.core.ErrorCode;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Redactor;
import dev.latchkey.core.Remedy;
import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonException;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.nuki.NukiErrorCode;
import dev.latchkey.nuki.NukiHttpStatus;
import dev.latchkey.nuki.operation.OperationResult;
import dev.latchkey.nuki.operation.SmartlockResult;
import dev.latchkey.nuki.webhook.NukiWebhook;
import dev.latchkey.seam.AccessCode;
import dev.latchkey.seam.AccessCodeDiagnosis;
import dev.latchkey.seam.SeamHttpErrorType;
import dev.latchkey.seam.SeamRedaction;
import dev.latchkey.tapkey.TapkeyErrorCode;
import dev.latchkey.tapkey.TapkeyHttpStatus;
import dev.latchkey.tapkey.TapkeyOAuthError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises what was pasted (a Seam error body, a Seam access code, a Nuki webhook, a Nuki error body with
 * its status, a Tapkey error body or token-endpoint error) and turns it into typed problems with remedies,
 * through the vendor modules' public parsing API and the generated enums. Only {@code decode} loads this class
 * (and with it the JSON reader).
 */
final class Decoder {

  /** Messages quoted from the input are cut to this length. */
  static final int MAX_MESSAGE = 300;

  /** The generic rules plus Seam's key prefixes (the other vendors register none). */
  private static final Redactor REDACTOR = SeamRedaction.redactor();

  /** One problem found in the input. */
  record Problem(String where, String rawCode, Catalog catalog, ErrorCode code, String message,
      List<Remedy> remedies) {}

  /** What the input was, facts read from it, and its problems. */
  record Decoded(String vendor, String shape, String shapeName, Map<String, String> facts, List<Problem> problems) {}

  private Decoder() {}

  /**
   * Decodes the text.
   *
   * @param vendor the vendor the user named, or null to detect it
   * @param text the input, UTF-8 text already checked for size and binary content
   * @param status the HTTP status the body came with, or null
   * @throws CliFailure exit code 3 when the text is not JSON or of no known shape, or is another vendor's
   */
  static Decoded decode(String vendor, String text, Integer status) {
    JsonValue root;
    try {
      root = Json.parse(text);
    } catch (JsonException e) {
      throw CliFailure.undecodable("the input is not JSON: " + reason(e),
          "paste the response body, access code or webhook as the vendor sent it (JSON)");
    }
    if (!root.isObject()) {
      throw CliFailure.undecodable("the input is JSON but not an object (" + root.kind().name().toLowerCase()
          + "): error bodies, access codes and webhooks are JSON objects");
    }
    String shape = shape(root, vendor, status);
    String shapeVendor = shape.substring(0, shape.indexOf('_'));
    if (vendor != null && !vendor.equals(shapeVendor)) {
      throw CliFailure.undecodable("the input looks like a " + name(shape) + ", not " + vendor + "'s",
          "leave the vendor out to have it detected");
    }
    Map<String, String> facts = new LinkedHashMap<>();
    if (status != null) {
      facts.put("httpStatus", status.toString());
    }
    List<Problem> problems = new ArrayList<>();
    try {
      switch (shape) {
        case "seam_error_body" -> seamError(root, problems);
        case "seam_access_code" -> seamAccessCode(text, facts, problems);
        case "nuki_webhook" -> nukiWebhook(text, facts, problems);
        case "nuki_error_body" -> nukiError(root, status, problems);
        case "tapkey_error_body" -> tapkeyError(root, status, problems);
        case "tapkey_token_error" -> tapkeyTokenError(root, problems);
        default -> throw new IllegalStateException(shape);
      }
    } catch (LatchkeyException e) {
      // The vendor module's parser refused it: its message says what is missing, and holds no secret.
      throw CliFailure.undecodable("the input looks like a " + name(shape) + " but cannot be read: "
          + e.getMessage());
    }
    return new Decoded(shapeVendor, shape, name(shape), facts, problems);
  }

  private static String shape(JsonValue root, String vendor, Integer status) {
    JsonValue error = root.get("error");
    if (error != null && error.isObject() && error.has("type")) {
      return "seam_error_body";
    }
    if (root.has("access_code_id") || isObject(root.get("access_code"))) {
      return "seam_access_code";
    }
    if (root.has("ErrorCode")) {
      return "tapkey_error_body";
    }
    if (error != null && error.isString()) {
      return "tapkey_token_error";
    }
    if (root.has("requestId") || root.has("feature")) {
      return "nuki_webhook";
    }
    if (root.has("detailMessage") || "nuki".equals(vendor) && status != null) {
      if (status == null) {
        throw CliFailure.undecodable("a Nuki error body carries no code: the HTTP status says what went wrong",
            "give the status it came with: latchkey decode nuki --status 409 FILE");
      }
      return "nuki_error_body";
    }
    throw CliFailure.undecodable("the JSON has none of the shapes latchkey decodes",
        "a Seam error body {\"error\": {\"type\": ...}}, a Seam access code {\"access_code_id\": ...}",
        "a Nuki webhook {\"requestId\": ...} or {\"feature\": ...}, a Nuki error body {\"detailMessage\": ...}"
            + " with --status",
        "a Tapkey error body {\"ErrorCode\": ...} or token error {\"error\": \"invalid_client\"}");
  }

  private static boolean isObject(JsonValue value) {
    return value != null && value.isObject();
  }

  /** People's names of the shapes. */
  static String name(String shape) {
    return switch (shape) {
      case "seam_error_body" -> "Seam error body";
      case "seam_access_code" -> "Seam access code";
      case "nuki_webhook" -> "Nuki webhook";
      case "nuki_error_body" -> "Nuki error body";
      case "tapkey_error_body" -> "Tapkey error body";
      case "tapkey_token_error" -> "Tapkey token endpoint error";
      default -> shape;
    };
  }

  private static void seamError(JsonValue root, List<Problem> problems) {
    JsonValue error = root.get("error");
    String type = text(error, "type");
    SeamHttpErrorType code = SeamHttpErrorType.fromWire(type);
    problems.add(new Problem("error", type == null ? "" : type, Catalog.SEAM_HTTP_ERRORS, code, text(error, "message"),
        code.remedies()));
  }

  private static void seamAccessCode(String text, Map<String, String> facts, List<Problem> problems) {
    AccessCode accessCode = AccessCode.parse(text);
    facts.put("accessCodeId", accessCode.accessCodeId());
    facts.put("deviceId", accessCode.deviceId());
    facts.put("status", accessCode.status());
    for (AccessCodeDiagnosis.Finding finding : AccessCodeDiagnosis.of(accessCode).findings()) {
      String where = finding.severity().name().toLowerCase() + " (" + finding.kind().name().toLowerCase()
          + ", from the " + finding.origin().name().toLowerCase().replace('_', ' ') + ")";
      problems.add(new Problem(where, finding.problem().rawCode(), Catalog.of(finding.code()), finding.code(),
          finding.problem().message(), finding.remedies()));
    }
  }

  private static void nukiWebhook(String text, Map<String, String> facts, List<Problem> problems) {
    NukiWebhook webhook = NukiWebhook.parse(text);
    if (webhook.operationResult().isEmpty()) {
      facts.put("feature", webhook.rawFeature());
      if (webhook.smartlockId().isPresent()) {
        facts.put("smartlockId", Long.toString(webhook.smartlockId().getAsLong()));
      }
      return;
    }
    OperationResult result = webhook.operationResult().get();
    facts.put("type", result.type());
    facts.put("requestId", result.requestId());
    facts.put("success", Boolean.toString(result.success()));
    facts.put("smartlocks", Integer.toString(result.smartlocks().size()));
    for (SmartlockResult smartlock : result.failed()) {
      NukiErrorCode code = smartlock.errorCode().orElse(NukiErrorCode.UNKNOWN_TO_SDK_VERSION);
      problems.add(new Problem("smartlock " + smartlock.smartlockId(), smartlock.rawErrorCode(),
          Catalog.NUKI_ERRORS, code, null, code.remedies()));
    }
  }

  private static void nukiError(JsonValue root, Integer status, List<Problem> problems) {
    NukiHttpStatus code = NukiHttpStatus.fromStatus(status);
    String message = text(root, "detailMessage");
    problems.add(new Problem("HTTP status", status.toString(), Catalog.NUKI_HTTP_STATUSES, code,
        message != null ? message : text(root, "description"), code.remedies()));
  }

  private static void tapkeyError(JsonValue root, Integer status, List<Problem> problems) {
    String raw = text(root, "ErrorCode");
    TapkeyErrorCode code = TapkeyErrorCode.fromWire(raw);
    String message = text(root, "ErrorMessage");
    String user = text(root, "UserErrorMessage");
    problems.add(new Problem("error", raw == null ? "" : raw, Catalog.TAPKEY_ERRORS, code,
        user == null ? message : message == null ? user : message + " (shown to the user: " + user + ")",
        code.remedies()));
    if (status != null) {
      TapkeyHttpStatus typed = TapkeyHttpStatus.fromStatus(status);
      if (typed.isKnown()) {
        problems.add(new Problem("HTTP status", status.toString(), Catalog.TAPKEY_HTTP_STATUSES, typed, null,
            typed.remedies()));
      }
    }
  }

  private static void tapkeyTokenError(JsonValue root, List<Problem> problems) {
    String raw = text(root, "error");
    TapkeyOAuthError code = TapkeyOAuthError.fromWire(raw);
    problems.add(new Problem("token endpoint", raw == null ? "" : raw, Catalog.TAPKEY_OAUTH_ERRORS, code,
        text(root, "error_description"), code.remedies()));
  }

  /** A string field, redacted (servers echo keys and tokens) and cut; null when absent or not a string. */
  private static String text(JsonValue node, String field) {
    JsonValue value = node.get(field);
    if (value == null || !value.isString()) {
      return null;
    }
    String redacted = REDACTOR.redact(value.stringValue());
    return redacted.length() > MAX_MESSAGE ? redacted.substring(0, MAX_MESSAGE) + "…" : redacted;
  }

  private static String reason(JsonException e) {
    String where = e.line() > 0 ? " at line " + e.line() + ", column " + e.column() : "";
    return switch (e.reason()) {
      case EMPTY -> "it is empty";
      case TRUNCATED -> "it ends inside a value" + where;
      case TRAILING_CONTENT -> "more follows the first JSON value" + where;
      case TOO_DEEP -> "it is nested deeper than " + Json.MAX_DEPTH + " levels";
      case TOO_LONG -> "a string, name or number is too long" + where;
      case DUPLICATE_KEY -> "an object has the same name twice" + where;
      default -> "malformed" + where;
    };
  }
}
