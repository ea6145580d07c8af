package dev.latchkey.tapkey;

import dev.latchkey.core.RequestOptions;
import dev.latchkey.core.http.ApiRequest;
import dev.latchkey.core.http.HttpTransport;
import dev.latchkey.core.http.VendorHttp;
import dev.latchkey.core.json.JsonShape;
import dev.latchkey.core.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The calls the resource classes share: sdk-core's calls, OData lists, lazy paging, and the one place where
 * the client's {@code Accept-Language} and a call's {@link RequestOptions} are applied to a request
 * ({@link #build}).
 */
final class TapkeyHttp extends VendorHttp {

  /** Reads Tapkey's success bodies: a missing id or a body of the wrong kind is a typed WRONG_SHAPE error. */
  static final JsonShape SHAPE = JsonShape.of(TapkeyErrorCode.VENDOR, "Tapkey");

  /** The client's {@code Accept-Language} as options, built once; null when the client sets none. */
  private final RequestOptions clientOptions;

  TapkeyHttp(HttpTransport transport, String acceptLanguage) {
    super(transport, SHAPE);
    this.clientOptions = acceptLanguage == null ? null
        : RequestOptions.builder().header("Accept-Language", acceptLanguage).build();
  }

  /** A request builder; GET is retried, other methods never. */
  ApiRequest.Builder request(String method, String path) {
    return ApiRequest.builder(method, path).retrySafe(method.equals("GET"));
  }

  /**
   * Builds a request with the client's {@code Accept-Language}, then the call's options, which win over it
   * (applied last, as {@link ApiRequest.Builder#options} asks): nothing of one call's options reaches another.
   */
  private ApiRequest build(ApiRequest.Builder request, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    if (clientOptions != null) {
      request.options(clientOptions);
    }
    return request.options(options).build();
  }

  JsonValue object(ApiRequest.Builder request, RequestOptions options) {
    return object(build(request, options));
  }

  void send(ApiRequest.Builder request, RequestOptions options) {
    send(build(request, options));
  }

  /** One request with the query's options as given. */
  <T> List<T> list(String path, ODataQuery query, RequestOptions options, Function<JsonValue, T> reader) {
    Objects.requireNonNull(query, "query");
    ApiRequest.Builder request = request("GET", path);
    options(request, query);
    query.top().ifPresent(top -> request.query("$top", Integer.toString(top)));
    query.skip().ifPresent(skip -> request.query("$skip", Integer.toString(skip)));
    return list(build(request, options), reader);
  }

  /** Pages through the list lazily: a page is fetched when the previous one has been consumed. */
  <T> Stream<T> stream(String path, ODataQuery query, RequestOptions options, Function<JsonValue, T> reader) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(options, "options");
    Iterator<T> pages = new Pager<>(path, query, options, reader);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private static void options(ApiRequest.Builder request, ODataQuery query) {
    query.filter().ifPresent(filter -> request.query("$filter", filter));
    if (!query.select().isEmpty()) {
      request.query("$select", String.join(",", query.select()));
    }
  }

  private final class Pager<T> implements Iterator<T> {
    private final String path;
    private final ODataQuery query;
    private final RequestOptions options;
    private final Function<JsonValue, T> reader;
    private final Deque<T> buffer = new ArrayDeque<>();
    private long next;
    private long remaining;
    private boolean done;

    Pager(String path, ODataQuery query, RequestOptions options, Function<JsonValue, T> reader) {
      this.path = path;
      this.query = query;
      this.options = options;
      this.reader = reader;
      this.next = query.skip().orElse(0);
      this.remaining = query.top().isPresent() ? query.top().getAsInt() : Long.MAX_VALUE;
      this.done = remaining == 0;
    }

    @Override
    public boolean hasNext() {
      if (buffer.isEmpty() && !done) {
        fetch();
      }
      return !buffer.isEmpty();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return buffer.removeFirst();
    }

    private void fetch() {
      int size = (int) Math.min(query.pageSize(), remaining);
      ApiRequest.Builder request = request("GET", path);
      options(request, query);
      request.query("$top", Integer.toString(size)).query("$skip", Long.toString(next));
      List<T> page = list(build(request, options), reader);
      // A server that ignores $top could send more than asked: keep only what was asked for.
      List<T> kept = page.size() > size ? page.subList(0, size) : page;
      buffer.addAll(kept);
      next += kept.size();
      remaining -= kept.size();
      done = kept.size() < size || remaining == 0;
    }
  }

  /** Checks an id that goes into a path: not blank, no slash, not a dot segment. */
  static String id(String value, String name) {
    if (value == null || value.isBlank() || value.indexOf('/') >= 0 || value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(name + " must be a Tapkey id (not blank, no '/')");
    }
    return value;
  }

  /** An integer field that fits an int, or null when absent, not integral or out of range. */
  static Integer optInt(JsonValue json, String name) {
    OptionalLong value = json.optLong(name);
    return value.isPresent() && value.getAsLong() == (int) value.getAsLong() ? (int) value.getAsLong() : null;
  }
}
