package dev.latchkey.nuki.webhook;

import dev.latchkey.core.LatchkeyWebhookException;
import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonException;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.nuki.operation.OperationResult;
import dev.latchkey.nuki.operation.SmartlockResult;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A verified Nuki webhook, parsed: either the result of an asynchronous API request (a body with a
 * {@code requestId}: {@code AuthCreation}, {@code UnlockAction}...), or a device webhook with its
 * {@link NukiWebhookFeature} ({@code DEVICE_STATUS}, {@code DEVICE_AUTHS}...). Device webhooks, and results of
 * types or features this SDK version does not know, are never rejected: the body is kept whole in
 * {@link #body()}.
 *
 * <p>A result becomes an {@link OperationResult}: its type, request id, overall success, and per smartlock
 * the success and the byte {@code errorCode} as {@link dev.latchkey.nuki.NukiErrorCode} (unknown bytes kept
 * raw). Both shapes Nuki sends are read: a {@code detail} array ({@code {smartlockId, success, errorCode, id}}
 * per smartlock) and a single top-level {@code smartlockId}.
 *
 * <p>Parse only verified bodies ({@link NukiWebhookVerifier}, or {@link NukiWebhookHandler} which does both).
 * Immutable.
 */
public final class NukiWebhook {

  // The body as received: bytes from a webhook request (decoded only if someone asks for the text), or text
  // from the webhook log.
  private final byte[] bytes;
  private volatile String body;
  private final JsonValue json;
  private final OperationResult result;
  private final String rawFeature;

  private NukiWebhook(byte[] bytes, String body, JsonValue json, OperationResult result, String rawFeature) {
    this.bytes = bytes;
    this.body = body;
    this.json = json;
    this.result = result;
    this.rawFeature = rawFeature;
  }

  /**
   * Parses a verified webhook body.
   *
   * @param body the raw body, UTF-8 JSON
   * @return the webhook
   * @throws dev.latchkey.core.LatchkeyException ({@code webhook_malformed_payload}) when the body is not a
   *     JSON object
   */
  public static NukiWebhook parse(byte[] body) {
    Objects.requireNonNull(body, "body");
    JsonValue json;
    try {
      // Straight from the bytes: no copy of the body as text on the way to the tree.
      json = Json.parse(body);
    } catch (JsonException e) {
      // Bytes that are not well-formed UTF-8 JSON get the lenient reading of the text path (malformed
      // sequences become U+FFFD), as before; what is not JSON at all is rejected there.
      return parse(new String(body, StandardCharsets.UTF_8));
    }
    return of(body.clone(), null, json);
  }

  /**
   * Parses a verified webhook body given as text (as the webhook log holds it).
   *
   * @param body the body
   * @return the webhook
   * @throws dev.latchkey.core.LatchkeyException ({@code webhook_malformed_payload}) when the body is not a
   *     JSON object
   */
  public static NukiWebhook parse(String body) {
    Objects.requireNonNull(body, "body");
    JsonValue json;
    try {
      json = Json.parse(body);
    } catch (JsonException e) {
      throw NukiWebhookVerifier.reject(LatchkeyWebhookException.Reason.MALFORMED_PAYLOAD,
          "The webhook body is not JSON");
    }
    return of(null, body, json);
  }

  /**
   * A webhook from an already parsed body.
   *
   * @param bytes the body's bytes, or null when it came as text
   * @param body the body's text, or null when it came as bytes
   * @param json the body parsed
   * @return the webhook
   * @throws dev.latchkey.core.LatchkeyException ({@code webhook_malformed_payload}) when the body is not a
   *     JSON object
   */
  private static NukiWebhook of(byte[] bytes, String body, JsonValue json) {
    if (!json.isObject()) {
      throw NukiWebhookVerifier.reject(LatchkeyWebhookException.Reason.MALFORMED_PAYLOAD,
          "The webhook body is not a JSON object");
    }
    String feature = json.optString("feature").orElse("");
    return new NukiWebhook(bytes, body, json, operationResult(json).orElse(null), feature);
  }

  /**
   * The operation result in a webhook body, if it is one: a body with a non-blank {@code requestId} of at most
   * {@value OperationResult#MAX_REQUEST_ID_LENGTH} characters.
   *
   * @param json the body
   * @return the result, or empty when the body is not one
   */
  static Optional<OperationResult> operationResult(JsonValue json) {
    Optional<String> requestId = json.optString("requestId")
        .filter(id -> !id.isBlank() && id.length() <= OperationResult.MAX_REQUEST_ID_LENGTH);
    if (requestId.isEmpty()) {
      return Optional.empty();
    }
    OperationResult.Builder result = OperationResult.builder(requestId.get(),
            json.optString("type").orElse(""))
        .success(json.optBoolean("success").orElse(false));
    JsonValue detail = json.path("detail");
    if (detail.isArray()) {
      for (JsonValue entry : detail) {
        smartlock(entry).ifPresent(result::smartlock);
      }
    } else {
      OptionalLong id = json.optLong("smartlockId");
      if (id.isPresent()) {
        boolean ok = json.optBoolean("success").orElse(false);
        result.smartlock(ok ? SmartlockResult.success(id.getAsLong())
            : SmartlockResult.failure(id.getAsLong(), errorCode(json)));
      }
    }
    return Optional.of(result.build());
  }

  private static Optional<SmartlockResult> smartlock(JsonValue entry) {
    OptionalLong id = entry.optLong("smartlockId");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    boolean ok = entry.optBoolean("success").orElse(false);
    SmartlockResult s = ok ? SmartlockResult.success(id.getAsLong())
        : SmartlockResult.failure(id.getAsLong(), errorCode(entry));
    return Optional.of(s.withEntityId(entry.optString("id").orElse(null)));
  }

  /** The errorCode as lowercase hex text; a number (not seen, but cheap to accept) becomes its hex byte. */
  private static String errorCode(JsonValue node) {
    Optional<String> text = node.optString("errorCode");
    if (text.isPresent()) {
      return text.get();
    }
    OptionalLong number = node.optLong("errorCode");
    if (number.isPresent() && number.getAsLong() >= 0 && number.getAsLong() <= 255) {
      return String.format(Locale.ROOT, "%02x", number.getAsLong());
    }
    return null;
  }

  /** {@return whether the webhook is the result of an asynchronous API request} */
  public boolean isOperationResult() {
    return result != null;
  }

  /** {@return the result of the asynchronous API request the webhook reports, if it is one} */
  public Optional<OperationResult> operationResult() {
    return Optional.ofNullable(result);
  }

  /**
   * The feature of a device webhook.
   *
   * @return the feature; {@link NukiWebhookFeature#UNKNOWN_TO_SDK_VERSION} for one this SDK does not know and
   *     for a webhook without a feature (see {@link #rawFeature()})
   */
  public NukiWebhookFeature feature() {
    return NukiWebhookFeature.fromWire(rawFeature);
  }

  /** {@return the {@code feature} as received; empty when the webhook has none} */
  public String rawFeature() {
    return rawFeature;
  }

  /** {@return the smartlock the webhook is about ({@code smartlockId}), when it names one at the top level} */
  public OptionalLong smartlockId() {
    return json.optLong("smartlockId");
  }

  /** {@return the body as received, whole} */
  public String body() {
    String text = body;
    if (text == null) {
      text = new String(bytes, StandardCharsets.UTF_8);
      body = text;
    }
    return text;
  }

  /**
   * The body parsed, for fields this SDK does not type (vendor tier: {@link JsonValue} is sdk-core's JSON
   * tree).
   *
   * @return the JSON object
   */
  public JsonValue json() {
    return json;
  }

  /** The kind, feature and request id; never the body. */
  @Override
  public String toString() {
    return result != null ? "NukiWebhook{" + result + "}"
        : "NukiWebhook{feature=" + (rawFeature.isEmpty() ? "none" : rawFeature) + "}";
  }
}
