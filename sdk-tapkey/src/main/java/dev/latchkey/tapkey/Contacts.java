package dev.latchkey.tapkey;

import dev.latchkey.core.RequestOptions;

/**
 * Contacts of an owner account ({@code /Owners/{ownerAccountId}/Contacts}; scopes {@code read:core:entities}, and {@code write:core:entities} to create or update).
 */
public final class Contacts extends OwnerEntitiesById<Contact> {

  Contacts(TapkeyHttp http) {
    super(http, "Contacts", Contact::from);
  }

  /**
   * Creates the contact, or updates the one with the same identity ({@code PUT}); never retried.
   *
   * @param ownerAccountId the owner account
   * @param contact the contact
   * @return the contact as Tapkey stored it
   * @throws TapkeyException when Tapkey answers with an error
   */
  public Contact createOrUpdate(String ownerAccountId, ContactRequest contact) {
    return createOrUpdate(ownerAccountId, contact, RequestOptions.none());
  }

  /**
   * Creates the contact, or updates the one with the same identity ({@code PUT}); never retried.
   *
   * @param ownerAccountId the owner account
   * @param contact the contact
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @return the contact as Tapkey stored it
   * @throws TapkeyException when Tapkey answers with an error
   */
  public Contact createOrUpdate(String ownerAccountId, ContactRequest contact, RequestOptions options) {
    java.util.Objects.requireNonNull(contact, "contact");
    return put(ownerAccountId, contact.toJson(), options);
  }
}
