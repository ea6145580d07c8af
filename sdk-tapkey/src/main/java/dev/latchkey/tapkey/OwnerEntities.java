package dev.latchkey.tapkey;

import dev.latchkey.core.RequestOptions;
import dev.latchkey.core.json.JsonValue;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The calls every collection of an owner account ({@code /Owners/{ownerAccountId}/<collection>}) has: lists in
 * one request and lazy streams, each with OData options and per-call options. The public resource classes
 * ({@link BoundLocks}, {@link Contacts}, {@link Grants}, {@link BoundCards}) extend it with what only they have.
 *
 * @param <T> the entity read from each item
 */
abstract class OwnerEntities<T> {

  /** The client's calls, for the subclasses' own. */
  final TapkeyHttp http;
  private final String collection;
  private final Function<JsonValue, T> reader;

  OwnerEntities(TapkeyHttp http, String collection, Function<JsonValue, T> reader) {
    this.http = http;
    this.collection = collection;
    this.reader = reader;
  }

  /** {@return the collection's path under the owner account, its id checked} */
  final String path(String ownerAccountId) {
    return "/Owners/" + TapkeyHttp.id(ownerAccountId, "ownerAccountId") + "/" + collection;
  }

  /** {@return the entity with this id, read with a GET} */
  final T read(String ownerAccountId, String id, RequestOptions options) {
    return reader.apply(http.object(http.request("GET", path(ownerAccountId) + "/" + TapkeyHttp.id(id, "id")),
        options));
  }

  /** {@return the entity Tapkey answers to a write of the collection (PUT)} */
  final T put(String ownerAccountId, JsonValue body, RequestOptions options) {
    return reader.apply(http.object(http.request("PUT", path(ownerAccountId)).jsonBody(body), options));
  }

  /**
   * Lists them in one request.
   *
   * @param ownerAccountId the owner account
   * @return the entities, in Tapkey's order
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<T> list(String ownerAccountId) {
    return list(ownerAccountId, ODataQuery.none());
  }

  /**
   * Lists them in one request, with OData options.
   *
   * @param ownerAccountId the owner account
   * @param query the options
   * @return the entities, in Tapkey's order
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<T> list(String ownerAccountId, ODataQuery query) {
    return list(ownerAccountId, query, RequestOptions.none());
  }

  /**
   * Lists them in one request, with OData options.
   *
   * @param ownerAccountId the owner account
   * @param query the options
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @return the entities, in Tapkey's order
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<T> list(String ownerAccountId, ODataQuery query, RequestOptions options) {
    return http.list(path(ownerAccountId), query, options, reader);
  }

  /**
   * Streams all that match, fetching a page only when the previous one is consumed.
   *
   * @param ownerAccountId the owner account
   * @param query the options and page size
   * @return a lazy stream; a failure is thrown from the stream's operations
   */
  public Stream<T> stream(String ownerAccountId, ODataQuery query) {
    return stream(ownerAccountId, query, RequestOptions.none());
  }

  /**
   * Streams all that match, fetching a page only when the previous one is consumed.
   *
   * @param ownerAccountId the owner account
   * @param query the options and page size
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @return a lazy stream; a failure is thrown from the stream's operations
   */
  public Stream<T> stream(String ownerAccountId, ODataQuery query, RequestOptions options) {
    return http.stream(path(ownerAccountId), query, options, reader);
  }
}
