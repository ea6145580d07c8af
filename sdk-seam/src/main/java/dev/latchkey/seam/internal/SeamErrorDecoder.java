package dev.latchkey.seam.internal;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.http.ErrorDecoder;
import dev.latchkey.core.http.ErrorResponse;
import dev.latchkey.core.http.HttpStatuses;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.seam.SeamException;
import dev.latchkey.seam.SeamHttpErrorType;
import dev.latchkey.seam.SeamInvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a Seam error response ({@code {"error": {"type", "message", "validation_errors"?}, "ok": false}} plus
 * the {@code seam-request-id} header) into a {@link SeamException} ({@link SeamInvalidInputException} for 400,
 * with the per-parameter messages). A body that is not such an envelope (Seam's outage answer is a 503 with an
 * empty body; gateways answer HTML) still gives a {@link SeamException}, typed from the status. Category and
 * retry verdict of a status no catalog type explains are core's ({@link HttpStatuses}); {@code Retry-After}
 * comes preset from {@link ErrorResponse#toDetails()}. Internal.
 */
public final class SeamErrorDecoder implements ErrorDecoder {

  /** The response header that carries Seam's request id. */
  public static final String REQUEST_ID_HEADER = "seam-request-id";

  /** The HTTP status Seam throttles with. */
  private static final int TOO_MANY_REQUESTS = 429;

  @Override
  public LatchkeyException decode(ErrorResponse response) {
    int status = response.status();
    LatchkeyException.Details.Builder details = response.toDetails()
        .requestId(response.header(REQUEST_ID_HEADER).orElse(null));
    JsonValue error = envelope(response);
    if (error == null) {
      return withoutEnvelope(response, details);
    }
    String rawType = error.optString("type").orElse("");
    SeamHttpErrorType type = SeamHttpErrorType.fromWire(rawType);
    details.code(type).rawCode(rawType).message(error.optString("message").orElse(null));
    if (!type.isKnown()) {
      details.category(HttpStatuses.category(status)).retryable(HttpStatuses.retryable(status));
    } else if (HttpStatuses.retryable(status)) {
      details.retryable(true);
    }
    LatchkeyException.Details built = details.build();
    return status == 400 ? new SeamInvalidInputException(built, validationErrors(error)) : new SeamException(built);
  }

  private static SeamException withoutEnvelope(ErrorResponse response, LatchkeyException.Details.Builder details) {
    int status = response.status();
    String kind = response.contentType().orElse("no content type");
    String excerpt = response.snippet(120);
    String body = response.bodyUnreadable() ? "unreadable body"
        : excerpt.isEmpty() ? "empty body" : "body not a Seam error: " + excerpt;
    if (status == TOO_MANY_REQUESTS) {
      // The catalog's entry for Seam's 429 carries the per-device limits as its remedy.
      details.code(SeamHttpErrorType.RATE_LIMITED).rawCode("");
    } else if (status >= 500) {
      // No error type was sent (Seam's outage answer is an empty 503): the catalog's advice for Seam's server
      // errors applies, without claiming that Seam sent that type.
      details.remedies(SeamHttpErrorType.INTERNAL_SERVER_ERROR.remedies());
    }
    return new SeamException(details
        .message("HTTP " + status + " from Seam without a Seam error body (" + kind + ", " + body + ")")
        .category(HttpStatuses.category(status))
        .retryable(HttpStatuses.retryable(status))
        .build());
  }

  private static JsonValue envelope(ErrorResponse response) {
    JsonValue root = response.bodyJson().orElse(null);
    if (root == null && response.bodyTruncated()) {
      // Over the transport's error body limit: the error object usually comes first, read what arrived.
      root = TruncatedJson.parsePrefix(response.bodyText()).orElse(null);
    }
    JsonValue error = root == null ? JsonValue.missing() : root.path("error");
    return error.isObject() && error.path("type").isString() ? error : null;
  }

  private static Map<String, List<String>> validationErrors(JsonValue error) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    JsonValue validation = error.get("validation_errors");
    if (validation == null || !validation.isObject()) {
      return out;
    }
    for (Map.Entry<String, JsonValue> entry : validation.properties()) {
      // Top level "_errors" is an array; each parameter is {"_errors": [...]}, possibly nested deeper.
      List<String> messages = new ArrayList<>();
      collect(entry.getValue(), messages);
      if (!messages.isEmpty()) {
        out.put(entry.getKey(), messages);
      }
    }
    return out;
  }

  private static void collect(JsonValue node, List<String> into) {
    if (node == null) {
      return;
    }
    if (node.isString()) {
      into.add(node.stringValue());
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, into));
    } else if (node.isObject()) {
      node.properties().forEach(entry -> collect(entry.getValue(), into));
    }
  }
}
