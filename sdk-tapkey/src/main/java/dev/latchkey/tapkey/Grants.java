package dev.latchkey.tapkey;

import dev.latchkey.core.RequestOptions;

/**
 * Grants of an owner account ({@code /Owners/{ownerAccountId}/Grants}; scopes {@code read:grants}, and {@code write:grants} to create and revoke). Tapkey has no DELETE for grants: {@link #revoke(String, String)} starts the revocation.
 */
public final class Grants extends OwnerEntitiesById<Grant> {

  Grants(TapkeyHttp http) {
    super(http, "Grants", Grant::from);
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
    return put(ownerAccountId, grant.toJson(), options);
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
