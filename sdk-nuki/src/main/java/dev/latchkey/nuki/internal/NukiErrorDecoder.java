package dev.latchkey.nuki.internal;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.http.ErrorDecoder;
import dev.latchkey.core.http.ErrorResponse;
import dev.latchkey.core.http.HttpStatuses;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.nuki.NukiException;
import dev.latchkey.nuki.NukiHttpStatus;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Nuki Web API error answer into a {@link NukiException} typed with {@link NukiHttpStatus} and its
 * catalog remedies. Reads the bodies Nuki is known to send: {@code {"detailMessage": ...}} (Restlet's
 * exception form, with {@code stackTrace} and {@code suppressedExceptions}), the Restlet status form
 * {@code {code, description, reasonPhrase, uri}}, an HTML page from the nginx in front of the API (its
 * {@code <title>} is kept), a plain text body, and an empty body. Statuses the catalog does not know keep
 * their raw value and take category and retryability from their class. Internal.
 */
public final class NukiErrorDecoder implements ErrorDecoder {

  private static final Pattern TITLE = Pattern.compile("<title>([^<]{1,200})</title>", Pattern.CASE_INSENSITIVE);

  @Override
  public LatchkeyException decode(ErrorResponse response) {
    int status = response.status();
    NukiHttpStatus typed = NukiHttpStatus.fromStatus(status);
    LatchkeyException.Details.Builder details = response.toDetails()
        .code(typed)
        .rawCode(Integer.toString(status))
        .message(describe(response, typed));
    if (!typed.isKnown()) {
      details.category(HttpStatuses.category(status)).retryable(HttpStatuses.retryable(status));
    }
    return new NukiException(details.build());
  }

  /** Nuki's own words when the body has them, else what the body was; prefixed with the catalog's meaning. */
  private static String describe(ErrorResponse response, NukiHttpStatus typed) {
    String meaning = typed.isKnown() ? typed.description() : "HTTP " + response.status();
    return meaning + ": " + bodyMessage(response) + " (" + response.method() + " " + response.path() + ")";
  }

  private static String bodyMessage(ErrorResponse response) {
    if (response.bodyUnreadable()) {
      return "unreadable body";
    }
    String text = response.bodyText();
    if (text.isBlank()) {
      return "empty body";
    }
    Optional<JsonValue> json = response.bodyJson();
    if (json.isPresent() && json.get().isObject()) {
      JsonValue body = json.get();
      Optional<String> detail = body.optString("detailMessage").filter(s -> !s.isBlank());
      if (detail.isPresent()) {
        return detail.get();
      }
      Optional<String> description = body.optString("description").filter(s -> !s.isBlank());
      Optional<String> phrase = body.optString("reasonPhrase").filter(s -> !s.isBlank());
      if (description.isPresent() || phrase.isPresent()) {
        return description.orElse(phrase.orElse(""));
      }
      return "JSON body without a message: " + response.snippet(120);
    }
    String lower = text.stripLeading().toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || response.contentType()
        .map(t -> t.equals("text/html")).orElse(false)) {
      Matcher title = TITLE.matcher(text);
      return "HTML page from the gateway" + (title.find() ? " '" + title.group(1).strip() + "'" : "");
    }
    return response.snippet(120);
  }

}
