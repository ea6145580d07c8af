package dev.latchkey.nuki;

import dev.latchkey.core.http.ApiRequest;
import dev.latchkey.core.http.HttpTransport;
import dev.latchkey.core.json.JsonShape;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.nuki.operation.OperationDispatcher;
import dev.latchkey.nuki.operation.PendingOperation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** What the resource classes share: the transport and the dispatcher that tracks advanced calls. */
final class NukiHttp {

  /** Reads the required parts of Nuki's answers. */
  static final JsonShape SHAPE = JsonShape.of(NukiErrorCode.VENDOR, "Nuki");

  private final HttpTransport transport;
  private final OperationDispatcher dispatcher;

  NukiHttp(HttpTransport transport, OperationDispatcher dispatcher) {
    this.transport = transport;
    this.dispatcher = dispatcher;
  }

  OperationDispatcher dispatcher() {
    return dispatcher;
  }

  /** A read: retried by the transport's policy. */
  JsonValue read(ApiRequest.Builder request) {
    return transport.sendJson(request.retrySafe(true).build());
  }

  /** A read of a JSON array, each item converted. */
  <T> List<T> readList(ApiRequest.Builder request, String what, Function<JsonValue, T> item) {
    JsonValue body = read(request);
    if (!body.isArray()) {
      throw SHAPE.wrongShape("the list of " + what + " is not a JSON array");
    }
    List<T> out = new ArrayList<>(body.size());
    for (JsonValue value : body) {
      out.add(item.apply(SHAPE.requireObject(value, "an item of the list of " + what)));
    }
    return List.copyOf(out);
  }

  /** A write whose answer is empty (204: accepted): sent exactly once, never retried. */
  void write(ApiRequest.Builder request) {
    transport.send(request.retrySafe(false).build());
  }

  /** A write whose answer is JSON: sent exactly once, never retried. */
  JsonValue writeJson(ApiRequest.Builder request) {
    return transport.sendJson(request.retrySafe(false).build());
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
