package dev.latchkey.tapkey;

import dev.latchkey.core.RequestOptions;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locks bound to an owner account ({@code /Owners/{ownerAccountId}/BoundLocks}, scope {@code read:core:entities}).
 */
public final class BoundLocks {
  private final TapkeyHttp http;

  BoundLocks(TapkeyHttp http) {
    this.http = http;
  }

  private static String path(String ownerAccountId) {
    return "/Owners/" + TapkeyHttp.id(ownerAccountId, "ownerAccountId") + "/BoundLocks";
  }

  /**
   * Lists them in one request.
   *
   * @param ownerAccountId the owner account
   * @return the BoundLocks
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<BoundLock> list(String ownerAccountId) {
    return list(ownerAccountId, ODataQuery.none());
  }

  /**
   * Lists them in one request, with OData options.
   *
   * @param ownerAccountId the owner account
   * @param query the options
   * @return the BoundLocks
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<BoundLock> list(String ownerAccountId, ODataQuery query) {
    return list(ownerAccountId, query, RequestOptions.none());
  }

  /**
   * Lists them in one request, with OData options.
   *
   * @param ownerAccountId the owner account
   * @param query the options
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @return the BoundLocks
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<BoundLock> list(String ownerAccountId, ODataQuery query, RequestOptions options) {
    return http.list(path(ownerAccountId), query, options, BoundLock::from);
  }

  /**
   * Streams all that match, fetching a page only when the previous one is consumed.
   *
   * @param ownerAccountId the owner account
   * @param query the options and page size
   * @return a lazy stream; a failure is thrown from the stream's operations
   */
  public Stream<BoundLock> stream(String ownerAccountId, ODataQuery query) {
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
  public Stream<BoundLock> stream(String ownerAccountId, ODataQuery query, RequestOptions options) {
    return http.stream(path(ownerAccountId), query, options, BoundLock::from);
  }

  /**
   * Reads one.
   *
   * @param ownerAccountId the owner account
   * @param id the BoundLock id (case-sensitive)
   * @return the BoundLock
   * @throws TapkeyException when Tapkey answers with an error ({@code NotFound} for an unknown id)
   */
  public BoundLock get(String ownerAccountId, String id) {
    return get(ownerAccountId, id, RequestOptions.none());
  }

  /**
   * Reads one.
   *
   * @param ownerAccountId the owner account
   * @param id the BoundLock id (case-sensitive)
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @return the BoundLock
   * @throws TapkeyException when Tapkey answers with an error ({@code NotFound} for an unknown id)
   */
  public BoundLock get(String ownerAccountId, String id, RequestOptions options) {
    String path = path(ownerAccountId) + "/" + TapkeyHttp.id(id, "id");
    return BoundLock.from(http.object(http.request("GET", path), options));
  }
}
