package dev.latchkey.tapkey;

import dev.latchkey.core.RequestOptions;
import dev.latchkey.core.json.JsonValue;
import java.util.function.Function;

/**
 * A collection of an owner account whose entities can also be read one by one
 * ({@code GET /Owners/{ownerAccountId}/<collection>/{id}}).
 *
 * @param <T> the entity read from each item
 */
abstract class OwnerEntitiesById<T> extends OwnerEntities<T> {

  OwnerEntitiesById(TapkeyHttp http, String collection, Function<JsonValue, T> reader) {
    super(http, collection, reader);
  }

  /**
   * Reads one.
   *
   * @param ownerAccountId the owner account
   * @param id the entity's id (case-sensitive)
   * @return the entity
   * @throws TapkeyException when Tapkey answers with an error ({@code NotFound} for an unknown id)
   */
  public T get(String ownerAccountId, String id) {
    return get(ownerAccountId, id, RequestOptions.none());
  }

  /**
   * Reads one.
   *
   * @param ownerAccountId the owner account
   * @param id the entity's id (case-sensitive)
   * @param options this call's options (such as {@code Accept-Language}, which wins over the client's)
   * @return the entity
   * @throws TapkeyException when Tapkey answers with an error ({@code NotFound} for an unknown id)
   */
  public T get(String ownerAccountId, String id, RequestOptions options) {
    return read(ownerAccountId, id, options);
  }
}
