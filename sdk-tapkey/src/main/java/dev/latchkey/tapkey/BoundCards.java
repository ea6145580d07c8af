package dev.latchkey.tapkey;

import dev.latchkey.core.RequestOptions;
import java.util.List;
import java.util.stream.Stream;

/**
 * NFC cards bound to an owner account ({@code /Owners/{ownerAccountId}/BoundCards}, scope {@code read:core:entities}).
 */
public final class BoundCards {
  private final TapkeyHttp http;

  BoundCards(TapkeyHttp http) {
    this.http = http;
  }

  private static String path(String ownerAccountId) {
    return "/Owners/" + TapkeyHttp.id(ownerAccountId, "ownerAccountId") + "/BoundCards";
  }

  /**
   * Lists them in one request.
   *
   * @param ownerAccountId the owner account
   * @return the BoundCards
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<BoundCard> list(String ownerAccountId) {
    return list(ownerAccountId, ODataQuery.none());
  }

  /**
   * Lists them in one request, with OData options.
   *
   * @param ownerAccountId the owner account
   * @param query the options
   * @return the BoundCards
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<BoundCard> list(String ownerAccountId, ODataQuery query) {
    return list(ownerAccountId, query, RequestOptions.none());
  }

  /**
   * Lists them in one request, with OData options.
   *
   * @param ownerAccountId the owner account
   * @param query the options
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @return the BoundCards
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<BoundCard> list(String ownerAccountId, ODataQuery query, RequestOptions options) {
    return http.list(path(ownerAccountId), query, options, BoundCard::from);
  }

  /**
   * Streams all that match, fetching a page only when the previous one is consumed.
   *
   * @param ownerAccountId the owner account
   * @param query the options and page size
   * @return a lazy stream; a failure is thrown from the stream's operations
   */
  public Stream<BoundCard> stream(String ownerAccountId, ODataQuery query) {
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
  public Stream<BoundCard> stream(String ownerAccountId, ODataQuery query, RequestOptions options) {
    return http.stream(path(ownerAccountId), query, options, BoundCard::from);
  }
}
