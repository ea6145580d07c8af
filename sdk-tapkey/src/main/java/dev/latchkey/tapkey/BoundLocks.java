package dev.latchkey.tapkey;

import dev.latchkey.core.RequestOptions;

/**
 * Locks bound to an owner account ({@code /Owners/{ownerAccountId}/BoundLocks}, scope {@code read:core:entities}).
 */
public final class BoundLocks extends OwnerEntities<BoundLock> {

  BoundLocks(TapkeyHttp http) {
    super(http, "BoundLocks", BoundLock::from);
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
    return read(ownerAccountId, id, options);
  }
}
