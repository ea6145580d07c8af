package dev.latchkey.nuki;

import dev.latchkey.core.Secret;
import dev.latchkey.core.http.ApiRequest;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.nuki.operation.PendingOperation;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Authorizations on smartlocks ({@code /smartlock/auth}, {@code /smartlock/{smartlockId}/auth}): app
 * authorizations, fobs and keypad codes.
 *
 * <p>Creating, updating and deleting are asynchronous at Nuki: the plain calls answer {@code 204 No Content}
 * when Nuki has <em>accepted</em> the change, before any lock has it. To know the outcome per smartlock (and
 * get a typed byte error such as {@code ff} for an offline lock), use
 * {@link #createAdvanced(Collection, AuthorizationRequest)}, which returns a {@link PendingOperation}.
 *
 * <p>Writes are sent exactly once, never retried; reads are retried. A keypad code travels as a request
 * secret and never appears in an error message. {@code 409 Conflict} means a conflicting authorization or
 * keypad code exists; {@code 423 Locked} that the smartlock is busy with another operation.
 */
public final class Authorizations {

  private final NukiHttp http;

  Authorizations(NukiHttp http) {
    this.http = http;
  }

  /**
   * Lists the authorizations of all smartlocks ({@code GET /smartlock/auth}).
   *
   * @return the authorizations
   * @throws NukiException when Nuki answers with an error
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an unreadable answer
   */
  public List<Authorization> list() {
    return http.readList(ApiRequest.get("/smartlock/auth"), Authorization::fromJson);
  }

  /**
   * Lists the authorizations of one smartlock ({@code GET /smartlock/{smartlockId}/auth}).
   *
   * @param smartlockId Nuki's id of the smartlock
   * @return the authorizations
   * @throws NukiException when Nuki answers with an error
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an unreadable answer
   */
  public List<Authorization> list(long smartlockId) {
    return http.readList(ApiRequest.get("/smartlock/" + smartlockId + "/auth"),
        Authorization::fromJson);
  }

  /**
   * Creates an authorization on one smartlock ({@code PUT /smartlock/{smartlockId}/auth}). Answers when Nuki
   * has <em>accepted</em> it (204), not when the lock has it; see
   * {@link #createAdvanced(Collection, AuthorizationRequest)}.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @param request the authorization
   * @throws NukiException when Nuki refuses it (409: conflicting authorization or keypad code; 422: invalid
   *     values)
   * @throws dev.latchkey.core.LatchkeyException on a network failure (it may have been accepted)
   */
  public void create(long smartlockId, AuthorizationRequest request) {
    http.write(withCode(ApiRequest.put("/smartlock/" + smartlockId + "/auth").jsonBody(request.toJson(null)),
        request.keypadCode()));
  }

  /**
   * Creates an authorization on several smartlocks ({@code PUT /smartlock/auth}). Answers when Nuki has
   * <em>accepted</em> it (204), not when the locks have it; see
   * {@link #createAdvanced(Collection, AuthorizationRequest)}.
   *
   * @param smartlockIds the smartlocks; not empty
   * @param request the authorization
   * @throws NukiException when Nuki refuses it
   * @throws dev.latchkey.core.LatchkeyException on a network failure (it may have been accepted)
   * @throws IllegalArgumentException when no smartlock is given
   */
  public void create(Collection<Long> smartlockIds, AuthorizationRequest request) {
    Set<Long> ids = ids(smartlockIds);
    http.write(withCode(ApiRequest.put("/smartlock/auth").jsonBody(request.toJson(ids)), request.keypadCode()));
  }

  /**
   * Creates an authorization on several smartlocks and returns the pending operation
   * ({@code PUT /smartlock/auth/advanced}), which completes with the outcome on each smartlock: a success, or a
   * typed byte error with remedies. Re-issue it for the failed smartlocks with
   * {@link dev.latchkey.nuki.operation.OperationRetry}.
   *
   * <p>Nuki's spec (v3.9.0) requires an account user for this call and does not list a type or keypad code
   * for it; the request is sent as given.
   *
   * @param smartlockIds the smartlocks; not empty
   * @param request the authorization
   * @return the pending operation, registered with the client's dispatcher
   * @throws NukiException when Nuki refuses it
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an answer without a request id
   * @throws IllegalArgumentException when no smartlock is given
   */
  public PendingOperation createAdvanced(Collection<Long> smartlockIds, AuthorizationRequest request) {
    Set<Long> ids = ids(smartlockIds);
    return http.advanced(withCode(ApiRequest.put("/smartlock/auth/advanced").jsonBody(request.toJson(ids)),
        request.keypadCode()), ids);
  }

  /**
   * Updates an authorization ({@code POST /smartlock/{smartlockId}/auth/{id}}); answers when Nuki has
   * <em>accepted</em> the change (204).
   *
   * @param smartlockId Nuki's id of the smartlock
   * @param authorizationId the authorization's {@link Authorization#id() id}
   * @param update the change
   * @throws NukiException when Nuki refuses it (409: conflicting keypad code; 423: the smartlock is busy)
   * @throws dev.latchkey.core.LatchkeyException on a network failure (it may have been accepted)
   */
  public void update(long smartlockId, String authorizationId, AuthorizationUpdate update) {
    http.write(withCode(ApiRequest.post("/smartlock/" + smartlockId + "/auth/" + segment(authorizationId))
        .jsonBody(update.toJson()), update.keypadCode()));
  }

  /**
   * Deletes an authorization ({@code DELETE /smartlock/{smartlockId}/auth/{id}}); answers when Nuki has
   * <em>accepted</em> the deletion (204).
   *
   * @param smartlockId Nuki's id of the smartlock
   * @param authorizationId the authorization's {@link Authorization#id() id}
   * @throws NukiException when Nuki refuses it (423: the smartlock is busy)
   * @throws dev.latchkey.core.LatchkeyException on a network failure (it may have been accepted)
   */
  public void delete(long smartlockId, String authorizationId) {
    http.write(ApiRequest.delete("/smartlock/" + smartlockId + "/auth/" + segment(authorizationId)));
  }

  /**
   * Deletes several authorizations ({@code DELETE /smartlock/auth} with their ids); answers when Nuki has
   * <em>accepted</em> the deletion (204).
   *
   * @param authorizationIds the authorizations' ids; not empty
   * @throws NukiException when Nuki refuses it
   * @throws dev.latchkey.core.LatchkeyException on a network failure (it may have been accepted)
   * @throws IllegalArgumentException when no id is given
   */
  public void delete(Collection<String> authorizationIds) {
    if (authorizationIds.isEmpty()) {
      throw new IllegalArgumentException("no authorization id given");
    }
    JsonValue.ArrayBuilder ids = JsonValue.array();
    authorizationIds.forEach(id -> ids.add(Objects.requireNonNull(id, "authorization id")));
    http.write(ApiRequest.delete("/smartlock/auth").jsonBody(ids.build()));
  }

  private static ApiRequest.Builder withCode(ApiRequest.Builder request, Optional<Secret> code) {
    code.ifPresent(request::sensitive);
    return request;
  }

  private static Set<Long> ids(Collection<Long> smartlockIds) {
    if (smartlockIds.isEmpty()) {
      throw new IllegalArgumentException("no smartlock id given");
    }
    return new LinkedHashSet<>(List.copyOf(smartlockIds));
  }

  /** Authorization ids are hexadecimal; anything that could change the path is refused. */
  static String segment(String id) {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[A-Za-z0-9_-]{1,128}")) {
      throw new IllegalArgumentException("not an id: it must be 1..128 letters, digits, '-' or '_'");
    }
    return id;
  }
}
