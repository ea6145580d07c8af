package dev.latchkey.core.testing;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.http.ErrorDecoder;
import dev.latchkey.core.http.ErrorResponse;

/** Decodes {@code {"error":{"code":..,"message":..}}} bodies of the fictional vendor "acme". */
public final class AcmeErrorDecoder implements ErrorDecoder {

  @Override
  public LatchkeyException decode(ErrorResponse response) {
    return response.bodyJson()
        .map(body -> body.path("error"))
        .filter(error -> error.path("code").isString())
        .<LatchkeyException>map(error -> new AcmeException(response.toDetails()
            .code(TestCode.fromWire(error.path("code").stringValue()))
            .rawCode(error.path("code").stringValue())
            .message(error.path("message").stringValue())
            .requestId(response.header("x-request-id").orElse(null))
            .build()))
        .orElseGet(() -> ErrorDecoder.generic().decode(response));
  }
}
