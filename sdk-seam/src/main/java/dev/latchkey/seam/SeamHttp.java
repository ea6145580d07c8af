package dev.latchkey.seam;

import dev.latchkey.core.Secret;
import dev.latchkey.core.http.ApiRequest;
import dev.latchkey.core.http.HttpTransport;
import dev.latchkey.core.http.VendorHttp;
import dev.latchkey.core.json.JsonShape;
import dev.latchkey.core.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Sends Seam's POST + JSON calls through sdk-core's calls. Package-private plumbing; thread-safe. */
final class SeamHttp extends VendorHttp {

  /** Reads the required parts of Seam's answers. */
  static final JsonShape SHAPE = JsonShape.of(SeamAccessCodeErrorCode.VENDOR, "Seam");

  SeamHttp(HttpTransport transport) {
    super(transport, SHAPE);
  }

  /**
   * The items of an array property that may be left out ({@link JsonShape#items}), each converted.
   *
   * @return the converted items in order, unmodifiable
   */
  static <T> List<T> items(JsonValue node, String name, String what, Function<JsonValue, T> item) {
    List<T> out = new ArrayList<>();
    for (JsonValue value : SHAPE.items(node, name, what)) {
      out.add(item.apply(value));
    }
    return List.copyOf(out);
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
    return object(ApiRequest.post(path)
        .jsonBody(body)
        .retrySafe(retrySafe)
        .sensitive(sensitive)
        .build());
  }
}
