package dev.latchkey.tapkey;

import dev.latchkey.core.RequestOptions;
import java.util.List;
import java.util.stream.Stream;

/**
 * Grants of an owner account ({@code /Owners/{ownerAccountId}/Grants}; scopes {@code read:grants}, and {@code write:grants} to create and revoke). Tapkey has no DELETE for grants: {@link #revoke(String, String)} starts the revocation.
 */
public final class Grants {
  private final TapkeyHttp http;

  Grants(TapkeyHttp http) {
    this.http = http;
  }

  private static String path(String ownerAccountId) {
    return "/Owners/" + TapkeyHttp.id(ownerAccountId, "ownerAccountId") + "/Grants";
  }

  /**
   * Lists them in one request.
   *
   * @param ownerAccountId the owner account
   * @return the Grants
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<Grant> list(String ownerAccountId) {
    return list(ownerAccountId, ODataQuery.none());
  }

  /**
   * Lists them in one request, with OData options.
   *
   * @param ownerAccountId the owner account
   * @param query the options
   * @return the Grants
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<Grant> list(String ownerAccountId, ODataQuery query) {
    return list(ownerAccountId, query, RequestOptions.none());
  }

  /**
   * Lists them in one request, with OData options.
   *
   * @param ownerAccountId the owner account
   * @param query the options
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @return the Grants
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<Grant> list(String ownerAccountId, ODataQuery query, RequestOptions options) {
    return http.list(path(ownerAccountId), query, options, Grant::from);
  }

  /**
   * Streams all that match, fetching a page only when the previous one is consumed.
   *
   * @param ownerAccountId the owner account
   * @param query the options and page size
   * @return a lazy stream; a failure is thrown from the stream's operations
   */
  public Stream<Grant> stream(String ownerAccountId, ODataQuery query) {
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
  public Stream<Grant> stream(String ownerAccountId, ODataQuery query, RequestOptions options) {
    return http.stream(path(ownerAccountId), query, options, Grant::from);
  }

  /**
   * Reads one.
   *
   * @param ownerAccountId the owner account
   * @param id the Grant id (case-sensitive)
   * @return the Grant
   * @throws TapkeyException when Tapkey answers with an error ({@code NotFound} for an unknown id)
   */
  public Grant get(String ownerAccountId, String id) {
    return get(ownerAccountId, id, RequestOptions.none());
  }

  /**
   * Reads one.
   *
   * @param ownerAccountId the owner account
   * @param id the Grant id (case-sensitive)
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @return the Grant
   * @throws TapkeyException when Tapkey answers with an error ({@code NotFound} for an unknown id)
   */
  public Grant get(String ownerAccountId, String id, RequestOptions options) {
    String path = path(ownerAccountId) + "/" + TapkeyHttp.id(id, "id");
    return Grant.from(http.object(http.request("GET", path), options));
  }

  /**
   * Creates a grant ({@code PUT}); never retried. A grant for the same lock and contact or card that already
   * exists is a {@link TapkeyException} with {@link TapkeyErrorCode#DUPLICATE}.
   *
   * @param ownerAccountId the owner account
   * @param grant the grant
   * @return the grant as Tapkey stored it
   * @throws TapkeyException when Tapkey answers with an error
   */
  public Grant create(String ownerAccountId, GrantRequest grant) {
    return create(ownerAccountId, grant, RequestOptions.none());
  }

  /**
   * Creates a grant ({@code PUT}); never retried. A grant for the same lock and contact or card that already
   * exists is a {@link TapkeyException} with {@link TapkeyErrorCode#DUPLICATE}.
   *
   * @param ownerAccountId the owner account
   * @param grant the grant
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @return the grant as Tapkey stored it
   * @throws TapkeyException when Tapkey answers with an error
   */
  public Grant create(String ownerAccountId, GrantRequest grant, RequestOptions options) {
    java.util.Objects.requireNonNull(grant, "grant");
    return Grant.from(http.object(http.request("PUT", path(ownerAccountId)).jsonBody(grant.toJson()), options));
  }

  /**
   * Starts revoking a grant ({@code POST .../Grants/{id}/Revoke}); never retried. The lock learns of it at its
   * next sync.
   *
   * @param ownerAccountId the owner account
   * @param grantId the grant
   * @throws TapkeyException when Tapkey answers with an error
   */
  public void revoke(String ownerAccountId, String grantId) {
    revoke(ownerAccountId, grantId, RequestOptions.none());
  }

  /**
   * Starts revoking a grant ({@code POST .../Grants/{id}/Revoke}); never retried. The lock learns of it at its
   * next sync.
   *
   * @param ownerAccountId the owner account
   * @param grantId the grant
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @throws TapkeyException when Tapkey answers with an error
   */
  public void revoke(String ownerAccountId, String grantId, RequestOptions options) {
    String path = path(ownerAccountId) + "/" + TapkeyHttp.id(grantId, "grantId") + "/Revoke";
    http.send(http.request("POST", path), options);
  }
}
