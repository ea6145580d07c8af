package dev.latchkey.core.http;

import dev.latchkey.core.LatchkeyException;

/**
 * Turns a non-2xx response into the vendor's typed exception. Supplied by each vendor module; must not throw
 * (the transport falls back to {@link #generic()} if it does) and should copy
 * {@link ErrorResponse#attempts()} onto the exception, which {@link ErrorResponse#toDetails()} does.
 */
@FunctionalInterface
public interface ErrorDecoder {

  /**
   * Decodes an error response.
   *
   * @param response the response
   * @return the exception to throw (or to retry, if it is retryable)
   */
  LatchkeyException decode(ErrorResponse response);

  /**
   * A decoder that knows no vendor codes: category and retryability from the HTTP status, the message from
   * a redacted excerpt of the body. Vendor decoders fall back to it for bodies they cannot read, such as an
   * HTML page from a gateway.
   *
   * @return the generic decoder
   */
  static ErrorDecoder generic() {
    return response -> {
      String snippet = response.snippet(200);
      String kind = response.contentType().orElse("no content type");
      String message = "HTTP " + response.status() + " on " + response.method() + " " + response.path()
          + " (" + kind + (response.bodyUnreadable() ? ", unreadable body"
              : snippet.isEmpty() ? ", empty body" : ": " + snippet) + ")";
      return new LatchkeyException(response.toDetails()
          .message(message)
          .category(HttpStatuses.category(response.status()))
          .retryable(HttpStatuses.retryable(response.status()))
          .build());
    };
  }
}
