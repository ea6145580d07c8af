package dev.latchkey.tapkey;

/**
 * NFC cards bound to an owner account ({@code /Owners/{ownerAccountId}/BoundCards}, scope {@code read:core:entities}).
 */
public final class BoundCards extends OwnerEntities<BoundCard> {

  BoundCards(TapkeyHttp http) {
    super(http, "BoundCards", BoundCard::from);
  }
}
