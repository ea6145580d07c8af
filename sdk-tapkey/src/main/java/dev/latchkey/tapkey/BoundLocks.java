package dev.latchkey.tapkey;

/**
 * Locks bound to an owner account ({@code /Owners/{ownerAccountId}/BoundLocks}, scope {@code read:core:entities}).
 */
public final class BoundLocks extends OwnerEntitiesById<BoundLock> {

  BoundLocks(TapkeyHttp http) {
    super(http, "BoundLocks", BoundLock::from);
  }
}
