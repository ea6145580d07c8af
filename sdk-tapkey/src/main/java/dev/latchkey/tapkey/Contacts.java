package dev.latchkey.tapkey;

import dev.latchkey.core.RequestOptions;
import java.util.List;
import java.util.stream.Stream;

/**
 * Contacts of an owner account ({@code /Owners/{ownerAccountId}/Contacts}; scopes {@code read:core:entities}, and {@code write:core:entities} to create or update).
 */
public final class Contacts {
  private final TapkeyHttp http;

  Contacts(TapkeyHttp http) {
    this.http = http;
  }

  private static String path(String ownerAccountId) {
    return "/Owners/" + TapkeyHttp.id(ownerAccountId, "ownerAccountId") + "/Contacts";
  }

  /**
   * Lists them in one request.
   *
   * @param ownerAccountId the owner account
   * @return the Contacts
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<Contact> list(String ownerAccountId) {
    return list(ownerAccountId, ODataQuery.none());
  }

  /**
   * Lists them in one request, with OData options.
   *
   * @param ownerAccountId the owner account
   * @param query the options
   * @return the Contacts
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<Contact> list(String ownerAccountId, ODataQuery query) {
    return list(ownerAccountId, query, RequestOptions.none());
  }

  /**
   * Lists them in one request, with OData options.
   *
   * @param ownerAccountId the owner account
   * @param query the options
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @return the Contacts
   * @throws TapkeyException when Tapkey answers with an error
   */
  public List<Contact> list(String ownerAccountId, ODataQuery query, RequestOptions options) {
    return http.list(path(ownerAccountId), query, options, Contact::from);
  }

  /**
   * Streams all that match, fetching a page only when the previous one is consumed.
   *
   * @param ownerAccountId the owner account
   * @param query the options and page size
   * @return a lazy stream; a failure is thrown from the stream's operations
   */
  public Stream<Contact> stream(String ownerAccountId, ODataQuery query) {
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
  public Stream<Contact> stream(String ownerAccountId, ODataQuery query, RequestOptions options) {
    return http.stream(path(ownerAccountId), query, options, Contact::from);
  }

  /**
   * Reads one.
   *
   * @param ownerAccountId the owner account
   * @param id the Contact id (case-sensitive)
   * @return the Contact
   * @throws TapkeyException when Tapkey answers with an error ({@code NotFound} for an unknown id)
   */
  public Contact get(String ownerAccountId, String id) {
    return get(ownerAccountId, id, RequestOptions.none());
  }

  /**
   * Reads one.
   *
   * @param ownerAccountId the owner account
   * @param id the Contact id (case-sensitive)
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @return the Contact
   * @throws TapkeyException when Tapkey answers with an error ({@code NotFound} for an unknown id)
   */
  public Contact get(String ownerAccountId, String id, RequestOptions options) {
    String path = path(ownerAccountId) + "/" + TapkeyHttp.id(id, "id");
    return Contact.from(http.object(http.request("GET", path), options));
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
    return Contact.from(http.object(http.request("PUT", path(ownerAccountId)).jsonBody(contact.toJson()), options));
  }
}
