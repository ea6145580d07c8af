package dev.latchkey.tapkey;

import dev.latchkey.core.RequestOptions;
import java.util.List;
import java.util.stream.Stream;

/**
 * Owner accounts ({@code /Owners}, scope {@code read:owneraccounts}). With client credentials, the list holds
 * only the owner accounts whose co-admin the OAuth client's service account was made.
 */
public final class OwnerAccounts {
  private final TapkeyHttp http;

  OwnerAccounts(TapkeyHttp http) {
    this.http = http;
  }

  /**
   * Lists the owner accounts in one request.
   *
   * @return the owner accounts
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<OwnerAccount> list() {
    return list(ODataQuery.none());
  }

  /**
   * Lists owner accounts in one request, with OData options.
   *
   * @param query the options
   * @return the owner accounts
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<OwnerAccount> list(ODataQuery query) {
    return list(query, RequestOptions.none());
  }

  /**
   * Lists owner accounts in one request, with OData options.
   *
   * @param query the options
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @return the owner accounts
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<OwnerAccount> list(ODataQuery query, RequestOptions options) {
    return http.list("/Owners", query, options, OwnerAccount::from);
  }

  /**
   * Streams all matching owner accounts, fetching a page when the previous one is consumed.
   *
   * @param query the options and page size
   * @return a lazy stream; a failure is thrown from the stream's operations
   */
  public Stream<OwnerAccount> stream(ODataQuery query) {
    return stream(query, RequestOptions.none());
  }

  /**
   * Streams all matching owner accounts, fetching a page when the previous one is consumed.
   *
   * @param query the options and page size
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @return a lazy stream; a failure is thrown from the stream's operations
   */
  public Stream<OwnerAccount> stream(ODataQuery query, RequestOptions options) {
    return http.stream("/Owners", query, options, OwnerAccount::from);
  }
}
