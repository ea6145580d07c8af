package dev.latchkey.core.testing;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.http.ErrorDecoder;
import dev.latchkey.core.http.ErrorResponse;

/** Decodes {@code {"error":{"code":..,"message":..}}} bodies of the fictional vendor "acme". */
public final class AcmeErrorDecoder implements ErrorDecoder {

  /** The error body shape. */
  public record Body(Error error) {}

  /** The error object. */
  public record Error(String code, String message) {}

  @Override
  public LatchkeyException decode(ErrorResponse response) {
    return response.bodyAs(Body.class)
        .filter(body -> body.error() != null && body.error().code() != null)
        .<LatchkeyException>map(body -> new AcmeException(response.toDetails()
            .code(TestCode.fromWire(body.error().code()))
            .rawCode(body.error().code())
            .message(body.error().message())
            .requestId(response.header("x-request-id").orElse(null))
            .build()))
        .orElseGet(() -> ErrorDecoder.generic().decode(response));
  }
}
