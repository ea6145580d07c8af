package dev.latchkey.seam.internal;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.http.ErrorDecoder;
import dev.latchkey.core.http.ErrorResponse;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.seam.SeamConflictException;
import dev.latchkey.seam.SeamException;
import dev.latchkey.seam.SeamHttpErrorType;
import dev.latchkey.seam.SeamInvalidInputException;
import dev.latchkey.seam.SeamNotFoundException;
import dev.latchkey.seam.SeamRateLimitedException;
import dev.latchkey.seam.SeamServerException;
import dev.latchkey.seam.SeamUnauthorizedException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a Seam error response ({@code {"error": {"type", "message", "validation_errors"?}, "ok": false}} plus
 * the {@code seam-request-id} header) into the matching {@link SeamException} subclass, and a body that is
 * not such an envelope into a {@link LatchkeyResponseException}. Internal.
 */
public final class SeamErrorDecoder implements ErrorDecoder {

  /** The response header that carries Seam's request id. */
  public static final String REQUEST_ID_HEADER = "seam-request-id";

  @Override
  public LatchkeyException decode(ErrorResponse response) {
    int status = response.status();
    String requestId = response.header(REQUEST_ID_HEADER).orElse(null);
    JsonValue error = envelope(response);
    if (error == null) {
      String kind = response.contentType().orElse("no content type");
      String excerpt = response.snippet(120);
      return new LatchkeyResponseException(
          response.toDetails()
              .requestId(requestId)
              .message("HTTP " + status + " from Seam without a Seam error body (" + kind
                  + (excerpt.isEmpty() ? ", empty body" : ": " + excerpt) + ")")
              .category(ErrorCategory.UNEXPECTED_RESPONSE)
              .retryable(isTransient(status))
              .build(),
          response.bodyText().isBlank()
              ? LatchkeyResponseException.Problem.EMPTY_BODY
              : response.isJson()
                  ? LatchkeyResponseException.Problem.WRONG_SHAPE
                  : LatchkeyResponseException.Problem.WRONG_CONTENT_TYPE);
    }
    String rawType = Json.optString(error, "type").orElse("");
    SeamHttpErrorType type = SeamHttpErrorType.fromWire(rawType);
    LatchkeyException.Details.Builder details = response.toDetails()
        .code(type)
        .rawCode(rawType)
        .requestId(requestId)
        .message(Json.optString(error, "message").orElse(null));
    if (!type.isKnown()) {
      // Unknown types still get a sensible category and retry verdict from the status.
      details.category(categoryOf(status)).retryable(isTransient(status));
    } else if (isTransient(status)) {
      details.retryable(true);
    }
    LatchkeyException.Details built = details.build();
    if (status == 400) {
      return new SeamInvalidInputException(built, validationErrors(error));
    }
    if (status == 401) {
      return new SeamUnauthorizedException(built);
    }
    if (status == 404) {
      return new SeamNotFoundException(built);
    }
    if (status == 409) {
      return new SeamConflictException(built);
    }
    if (status == 429) {
      return new SeamRateLimitedException(built, retryAfter(response).orElse(null));
    }
    if (status >= 500) {
      return new SeamServerException(built);
    }
    return new SeamException(built);
  }

  private static JsonValue envelope(ErrorResponse response) {
    JsonValue error = response.bodyJson().map(root -> root.path("error")).orElse(JsonValue.missing());
    return error.isObject() && error.path("type").isString() ? error : null;
  }

  private static Map<String, List<String>> validationErrors(JsonValue error) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    JsonValue validation = error.get("validation_errors");
    if (validation == null || !validation.isObject()) {
      return out;
    }
    for (Map.Entry<String, JsonValue> entry : validation.properties()) {
      JsonValue value = entry.getValue();
      // Top level "_errors" is an array; each parameter is {"_errors": [...]}, possibly nested deeper.
      List<String> messages = new ArrayList<>();
      collect(value, messages);
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

  /** Parses {@code Retry-After} in seconds or as an HTTP date; empty when absent or unreadable. */
  static java.util.Optional<Duration> retryAfter(ErrorResponse response) {
    return response.header("retry-after").flatMap(value -> {
      String text = value.strip();
      try {
        return java.util.Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
      } catch (NumberFormatException notSeconds) {
        try {
          Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
          Duration wait = Duration.between(Instant.now(), at);
          return java.util.Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException notDate) {
          return java.util.Optional.empty();
        }
      }
    });
  }

  static boolean isTransient(int status) {
    return status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
  }

  static ErrorCategory categoryOf(int status) {
    return switch (status) {
      case 400, 422 -> ErrorCategory.INVALID_REQUEST;
      case 401 -> ErrorCategory.AUTHENTICATION;
      case 403 -> ErrorCategory.AUTHORIZATION;
      case 404 -> ErrorCategory.NOT_FOUND;
      case 409 -> ErrorCategory.CONFLICT;
      case 429 -> ErrorCategory.RATE_LIMITED;
      default -> status >= 500 ? ErrorCategory.SERVER_ERROR : ErrorCategory.UNKNOWN;
    };
  }
}
