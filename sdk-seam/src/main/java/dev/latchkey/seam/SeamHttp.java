package dev.latchkey.seam;

import dev.latchkey.core.Secret;
import dev.latchkey.core.http.ApiRequest;
import dev.latchkey.core.http.HttpTransport;
import dev.latchkey.core.json.JsonShape;
import dev.latchkey.core.json.JsonValue;
import java.util.Map;

/** Sends Seam's POST + JSON calls through the shared transport. Package-private plumbing; thread-safe. */
final class SeamHttp {

  /** Reads the required parts of Seam's answers. */
  static final JsonShape SHAPE = JsonShape.of(SeamAccessCodeErrorCode.VENDOR, "Seam");

  private final HttpTransport transport;

  SeamHttp(HttpTransport transport) {
    this.transport = transport;
  }

  /** A read: safe to retry on network errors, 429 and 5xx. */
  JsonValue read(String path, Map<String, Object> body) {
    return call(path, body, true);
  }

  /** A write: never retried blindly (a retried create could make a second code). */
  JsonValue write(String path, Map<String, Object> body, Secret... sensitive) {
    return call(path, body, false, sensitive);
  }

  private JsonValue call(String path, Map<String, Object> body, boolean retrySafe, Secret... sensitive) {
    ApiRequest request = ApiRequest.post(path)
        .jsonBody(body)
        .retrySafe(retrySafe)
        .sensitive(sensitive)
        .build();
    return SHAPE.requireObject(transport.sendJson(request), "the response to " + path);
  }
}
