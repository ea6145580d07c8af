package dev.latchkey.core.http;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.VendorApi;

/**
 * What an HTTP status says on its own, for responses no vendor catalog explains: the one mapping of statuses to
 * categories and retry verdicts that {@link ErrorDecoder#generic()}, the transport and vendor decoders share.
 */
@VendorApi
public final class HttpStatuses {

  private HttpStatuses() {}

  /**
   * The category an HTTP error status suggests.
   *
   * @param status the HTTP status
   * @return the category
   */
  public static ErrorCategory category(int status) {
    switch (status) {
      case 400:
      case 405:
      case 422:
        return ErrorCategory.INVALID_REQUEST;
      case 401:
        return ErrorCategory.AUTHENTICATION;
      case 402:
        return ErrorCategory.SUBSCRIPTION;
      case 403:
        return ErrorCategory.AUTHORIZATION;
      case 404:
      case 410:
        return ErrorCategory.NOT_FOUND;
      case 409:
        return ErrorCategory.CONFLICT;
      case 408:
      case 504:
        return ErrorCategory.NETWORK;
      case 429:
        return ErrorCategory.RATE_LIMITED;
      default:
        if (status >= 300 && status < 400) {
          // Redirects are not followed: the answer is not the one the SDK asked for.
          return ErrorCategory.UNEXPECTED_RESPONSE;
        }
        return status >= 500 ? ErrorCategory.SERVER_ERROR : ErrorCategory.UNKNOWN;
    }
  }

  /**
   * Whether the status is transient by HTTP semantics (408, 429, 502, 503, 504).
   *
   * @param status the HTTP status
   * @return whether a later retry may succeed
   */
  public static boolean retryable(int status) {
    return status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
  }
}
