package dev.latchkey.tapkey;

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
    return http.list("/Owners", query, OwnerAccount::from);
  }

  /**
   * Streams all matching owner accounts, fetching a page when the previous one is consumed.
   *
   * @param query the options and page size
   * @return a lazy stream; a failure is thrown from the stream's operations
   */
  public Stream<OwnerAccount> stream(ODataQuery query) {
    return http.stream("/Owners", query, OwnerAccount::from);
  }
}
