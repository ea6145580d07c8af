package dev.latchkey.core.http;

import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.VendorApi;
import dev.latchkey.core.json.JsonShape;
import dev.latchkey.core.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The calls a vendor module's resource classes make, over its transport, with its answers read to the shape
 * they must have: each vendor module extends it with its own request helper ({@code NukiHttp}, ...), which adds
 * what only that vendor has (how it marks a call safe to repeat, its per-call headers, its asynchronous calls).
 * An answer of the wrong shape is the vendor's {@link LatchkeyResponseException} ({@code WRONG_SHAPE}), whose
 * message names the request's path, never a value. Thread-safe when the subclass is.
 */
@VendorApi
public abstract class VendorHttp {

  private final HttpTransport transport;
  private final JsonShape shape;

  /**
   * For a vendor's request helper.
   *
   * @param transport the vendor client's transport
   * @param shape the vendor's reader of required JSON parts
   */
  protected VendorHttp(HttpTransport transport, JsonShape shape) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.shape = Objects.requireNonNull(shape, "shape");
  }

  /**
   * Sends a request whose answer is read as JSON of any kind.
   *
   * @param request the request
   * @return the answer
   * @throws dev.latchkey.core.LatchkeyException on any failure, as {@link HttpTransport#sendJson} throws it
   */
  public final JsonValue json(ApiRequest request) {
    return transport.sendJson(request);
  }

  /**
   * Sends a request whose answer must be a JSON object.
   *
   * @param request the request
   * @return the object
   * @throws LatchkeyResponseException when the answer is not an object
   * @throws dev.latchkey.core.LatchkeyException on any other failure
   */
  public final JsonValue object(ApiRequest request) {
    return shape.requireObject(transport.sendJson(request), "the answer to " + request.path());
  }

  /**
   * Sends a request whose answer must be a JSON array of objects, and converts each.
   *
   * @param <T> what an item becomes
   * @param request the request
   * @param item converts one item, a JSON object
   * @return the converted items in the answer's order, unmodifiable
   * @throws LatchkeyResponseException when the answer is not an array or an item is not an object
   * @throws dev.latchkey.core.LatchkeyException on any other failure
   */
  public final <T> List<T> list(ApiRequest request, Function<JsonValue, T> item) {
    Objects.requireNonNull(item, "item");
    JsonValue answer = transport.sendJson(request);
    if (!answer.isArray()) {
      throw shape.wrongShape("the answer to " + request.path() + " is not a JSON array");
    }
    List<T> out = new ArrayList<>(answer.size());
    for (JsonValue value : answer) {
      out.add(item.apply(shape.requireObject(value, "an item of the answer to " + request.path())));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Sends a request whose answer is not read (such as {@code 204 No Content}).
   *
   * @param request the request
   * @throws dev.latchkey.core.LatchkeyException on any failure
   */
  public final void send(ApiRequest request) {
    transport.send(request);
  }
}
