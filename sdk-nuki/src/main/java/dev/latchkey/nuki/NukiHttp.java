package dev.latchkey.nuki;

import dev.latchkey.core.http.ApiRequest;
import dev.latchkey.core.http.HttpTransport;
import dev.latchkey.core.http.VendorHttp;
import dev.latchkey.core.json.JsonShape;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.nuki.operation.OperationDispatcher;
import dev.latchkey.nuki.operation.PendingOperation;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * What the resource classes share: sdk-core's calls, reads and writes told apart (only reads are retried), and
 * the dispatcher that tracks advanced calls.
 */
final class NukiHttp extends VendorHttp {

  /** Reads the required parts of Nuki's answers. */
  static final JsonShape SHAPE = JsonShape.of(NukiErrorCode.VENDOR, "Nuki");

  private final OperationDispatcher dispatcher;

  NukiHttp(HttpTransport transport, OperationDispatcher dispatcher) {
    super(transport, SHAPE);
    this.dispatcher = dispatcher;
  }

  OperationDispatcher dispatcher() {
    return dispatcher;
  }

  /** A read: retried by the transport's policy. */
  JsonValue read(ApiRequest.Builder request) {
    return json(request.retrySafe(true).build());
  }

  /** A read of a JSON array of objects, each item converted. */
  <T> List<T> readList(ApiRequest.Builder request, Function<JsonValue, T> item) {
    return list(request.retrySafe(true).build(), item);
  }

  /** A write whose answer is empty (204: accepted): sent exactly once, never retried. */
  void write(ApiRequest.Builder request) {
    send(request.retrySafe(false).build());
  }

  /** A write whose answer is JSON: sent exactly once, never retried. */
  JsonValue writeJson(ApiRequest.Builder request) {
    return json(request.retrySafe(false).build());
  }

  /**
   * An advanced write: sent exactly once; the {@code requestId} Nuki answers is tracked by the dispatcher
   * before this returns, so a webhook that arrives at once still completes it.
   */
  PendingOperation advanced(ApiRequest.Builder request, Collection<Long> smartlockIds) {
    JsonValue answer = writeJson(request);
    String requestId = answer.optString("requestId").filter(id -> !id.isBlank())
        .orElseThrow(() -> SHAPE.wrongShape("the advanced call's answer has no 'requestId'"));
    if (requestId.length() > dev.latchkey.nuki.operation.OperationResult.MAX_REQUEST_ID_LENGTH) {
      throw SHAPE.wrongShape("the advanced call's 'requestId' is too long");
    }
    return dispatcher.track(requestId, smartlockIds);
  }
}
