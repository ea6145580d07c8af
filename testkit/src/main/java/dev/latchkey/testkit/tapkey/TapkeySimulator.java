package dev.latchkey.testkit.tapkey;

import dev.latchkey.core.Durations;
import dev.latchkey.core.json.JsonException;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.testkit.Refusal;
import dev.latchkey.testkit.RequestQueue;
import dev.latchkey.testkit.SimulatorReply;
import dev.latchkey.testkit.SimulatorRequest;
import dev.latchkey.testkit.SimulatorServer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A Tapkey simulator: a real HTTP server on {@code 127.0.0.1} (a free port) with Tapkey's OAuth 2.0 token endpoint
 * and the Management API calls the Latchkey Tapkey client makes. Point a client at {@link #baseUrl()} and
 * {@link #tokenEndpoint()}, with {@link #clientId()} and {@link #clientSecret()}.
 *
 * <p><b>Token endpoint</b> ({@code POST /connect/token}, form-urlencoded): the {@code client_credentials} grant
 * (no refresh token, as OAuth says) and the {@code refresh_token} grant, which rotates the refresh token by
 * default (the old one is then refused); answers RFC 6749 errors ({@code invalid_client},
 * {@code invalid_grant}, {@code invalid_scope}, {@code unsupported_grant_type}). Tokens carry the requested
 * scopes, or all the OAuth client may have ({@link Builder#clientScopes}) when none are requested.
 * {@link #issueRefreshToken(String...)} and {@link #issueAccessToken(String...)} stand for an authorization-code
 * flow the app ran itself. {@link #tokenRequestCount()} counts the requests.
 *
 * <p><b>API</b> ({@code /api/v1}, {@code Authorization: Bearer} an issued token): {@code GET /Owners};
 * {@code GET /Owners/{o}/BoundLocks[/{id}]}; {@code GET /Owners/{o}/Contacts[/{id}]}, {@code PUT .../Contacts}
 * (create or update by {@code ipId} and {@code identifier}); {@code GET /Owners/{o}/Grants[/{id}]},
 * {@code PUT .../Grants} (create; {@code Duplicate} when the lock already has an active grant for that contact or
 * card, {@code CardCapacityExceeded} when the card is full), {@code POST .../Grants/{id}/Revoke} (204);
 * {@code GET /Owners/{o}/BoundCards}. Lists are JSON arrays paged by OData {@code $top} and {@code $skip}
 * ({@code $filter} and {@code $select} are accepted and ignored). An unknown id is 404 {@code NotFound}.
 *
 * <p><b>401 and 403</b>, as seed 002 and RFC 6750 describe them: an expired token ({@link #expireAccessTokens()},
 * or past its lifetime by the simulator's clock) answers 401 with {@code WWW-Authenticate: Bearer
 * error="invalid_token", error_description="The token expired at '...'"}; an unknown or revoked token
 * ({@link #revokeAccessTokens()}) 401 {@code invalid_token} without an expiry; a token without the scope the call
 * needs 401 (or 403, {@link Builder#insufficientScopeStatus}) {@code error="insufficient_scope", scope="..."}.
 * {@link Builder#challengeHeaders(boolean) challengeHeaders(false)} leaves the header out, as Tapkey may.
 *
 * <p><b>Errors</b>: {@link #failNext(TapkeyErrorReply)} makes any call answer any {@code ErrorCode}. Error bodies
 * are {@code {"ErrorCode", "ErrorMessage", "ErrorDetails", "UserErrorMessage"}}, the user message in English or
 * German by {@code Accept-Language}.
 *
 * <pre>{@code
 * try (TapkeySimulator tapkey = TapkeySimulator.start()) {
 *   TapkeyClient client = TapkeyClient.builder().baseUrl(tapkey.baseUrl()).tokenEndpoint(tapkey.tokenEndpoint())
 *       .clientCredentials(tapkey.clientId(), tapkey.clientSecret()).build();
 *   client.grants().list(tapkey.ownerAccountId());
 *   tapkey.expireAccessTokens();              // the next call is refreshed and retried once
 * }
 * }</pre>
 *
 * <p>Thread-safe: requests and test controls may come from any thread; the state is guarded by one lock.
 */
public final class TapkeySimulator implements AutoCloseable {

  /** The OAuth client id {@link #start()} accepts. */
  public static final String DEFAULT_CLIENT_ID = "tapkey-simulator-client";
  /** The OAuth client secret {@link #start()} accepts. */
  public static final String DEFAULT_CLIENT_SECRET = "tapkey-simulator-secret-0000";
  /** The path of the API below {@link #baseUrl()}'s server. */
  public static final String API_PATH = "/api/v1";
  /** The path of the token endpoint. */
  public static final String TOKEN_PATH = "/connect/token";
  /** Every scope the Management API calls of the simulator need. */
  public static final List<String> ALL_SCOPES = List.of("read:owneraccounts", "read:core:entities",
      "write:core:entities", "read:grants", "write:grants", "offline_access");

  private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss")
      .withZone(ZoneOffset.UTC);
  private static final String SEED_OWNER = "owner-1";

  private final Object lock = new Object();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final String clientId;
  private final String clientSecret;
  private final Set<String> clientScopes;
  private final Duration accessTokenLifetime;
  private final boolean rotateRefreshTokens;
  private final int insufficientScopeStatus;
  private final boolean challengeHeaders;
  private final Map<String, AccessToken> accessTokens = new LinkedHashMap<>();
  private final Map<String, RefreshToken> refreshTokens = new LinkedHashMap<>();
  private final Map<String, Owner> owners = new LinkedHashMap<>();
  private final RequestQueue<TapkeyErrorReply> failures = new RequestQueue<>();
  private final SimulatorServer server;
  private long tokenRequests;
  private long nextId;

  private TapkeySimulator(Builder b) {
    this.clock = b.clock;
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.clientScopes = Set.copyOf(b.clientScopes);
    this.accessTokenLifetime = b.accessTokenLifetime;
    this.rotateRefreshTokens = b.rotateRefreshTokens;
    this.insufficientScopeStatus = b.insufficientScopeStatus;
    this.challengeHeaders = b.challengeHeaders;
    if (b.seedData) {
      Owner owner = new Owner(SEED_OWNER, "Headquarters");
      owners.put(owner.id, owner);
      owner.locks.put("lock-1", lockJson(owner.id, "lock-1", "Front door"));
      owner.locks.put("lock-2", lockJson(owner.id, "lock-2", "Back door"));
      owner.locks.put("lock-3", lockJson(owner.id, "lock-3", "Garage"));
      owner.contacts.put("contact-1", contactJson(owner.id, "contact-1", "ana@example.com", "Ana"));
      owner.cards.put("card-1", cardJson(owner.id, "card-1", "Card 1", 2));
    }
    String api = API_PATH + "/Owners/{ownerId}";
    this.server = SimulatorServer.builder()
        .name("tapkey-simulator")
        .clock(clock)
        .lock(lock)
        .before(this::authorize)
        .route("POST", TOKEN_PATH, this::token)
        .route("GET", API_PATH + "/Owners", r -> list(r, ownerList()))
        .route("GET", api + "/BoundLocks", r -> list(r, items(r, o -> o.locks)))
        .route("GET", api + "/BoundLocks/{id}", r -> one(r, o -> o.locks))
        .route("GET", api + "/Contacts", r -> list(r, items(r, o -> o.contacts)))
        .route("GET", api + "/Contacts/{id}", r -> one(r, o -> o.contacts))
        .route("PUT", api + "/Contacts", this::putContact)
        .route("GET", api + "/Grants", r -> list(r, items(r, o -> o.grants)))
        .route("GET", api + "/Grants/{id}", r -> one(r, o -> o.grants))
        .route("PUT", api + "/Grants", this::createGrant)
        .route("POST", api + "/Grants/{id}/Revoke", this::revokeGrant)
        .route("GET", api + "/BoundCards", r -> list(r, items(r, o -> o.cards)))
        .otherwise(r -> error(r, 404, "NotFound", "no such resource: " + r.method() + " " + r.path()))
        .start();
  }

  /**
   * Starts a simulator with the default client credentials, every scope, one-hour tokens, and one owner account
   * ({@link #ownerAccountId()}) with three bound locks ({@code lock-1}..{@code lock-3}), a contact
   * ({@code contact-1}) and a bound card ({@code card-1}, room for two grants).
   *
   * @return the running simulator
   */
  public static TapkeySimulator start() {
    return builder().start();
  }

  /** {@return a builder; see its methods for the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the Management API's base URL, such as {@code http://127.0.0.1:PORT/api/v1}} */
  public String baseUrl() {
    return server.url() + API_PATH;
  }

  /** {@return the token endpoint's URL} */
  public String tokenEndpoint() {
    return server.url() + TOKEN_PATH;
  }

  /** {@return the OAuth client id the token endpoint accepts} */
  public String clientId() {
    return clientId;
  }

  /** {@return the OAuth client secret the token endpoint accepts} */
  public String clientSecret() {
    return clientSecret;
  }

  /** {@return the id of the seeded owner account ({@code owner-1})} */
  public String ownerAccountId() {
    return SEED_OWNER;
  }

  /** {@return the shared server underneath: the request log, connection-level failures} */
  public SimulatorServer server() {
    return server;
  }

  /** {@return a snapshot of the request log (token and API requests), in order of arrival} */
  public List<SimulatorRequest> requests() {
    return server.requests();
  }

  /** {@return how many requests reached the token endpoint, refused ones included} */
  public long tokenRequestCount() {
    synchronized (lock) {
      return tokenRequests;
    }
  }

  /**
   * Adds an owner account.
   *
   * @param name its name
   * @return its id
   */
  public String addOwnerAccount(String name) {
    Objects.requireNonNull(name, "name");
    synchronized (lock) {
      String id = newId("owner");
      owners.put(id, new Owner(id, name));
      return id;
    }
  }

  /**
   * Binds a lock to an owner account.
   *
   * @param ownerAccountId the owner account
   * @param title the lock's title
   * @return the bound lock's id
   * @throws IllegalArgumentException when there is no such owner account
   */
  public String addBoundLock(String ownerAccountId, String title) {
    Objects.requireNonNull(title, "title");
    return addItem(ownerAccountId, "lock", o -> o.locks, (ownerId, id) -> lockJson(ownerId, id, title));
  }

  /**
   * Adds a contact (a Tapkey user) to an owner account.
   *
   * @param ownerAccountId the owner account
   * @param identifier the user's e-mail address
   * @return the contact's id
   * @throws IllegalArgumentException when there is no such owner account
   */
  public String addContact(String ownerAccountId, String identifier) {
    Objects.requireNonNull(identifier, "identifier");
    return addItem(ownerAccountId, "contact", o -> o.contacts,
        (ownerId, id) -> contactJson(ownerId, id, identifier, null));
  }

  /**
   * Binds an NFC card to an owner account.
   *
   * @param ownerAccountId the owner account
   * @param title the card's title
   * @param grantsCapacity how many grants the card holds ({@code CardCapacityExceeded} beyond)
   * @return the bound card's id
   * @throws IllegalArgumentException when there is no such owner account or the capacity is negative
   */
  public String addBoundCard(String ownerAccountId, String title, int grantsCapacity) {
    Objects.requireNonNull(title, "title");
    if (grantsCapacity < 0) {
      throw new IllegalArgumentException("grantsCapacity must not be negative");
    }
    return addItem(ownerAccountId, "card", o -> o.cards,
        (ownerId, id) -> cardJson(ownerId, id, title, grantsCapacity));
  }

  /** Adds an item of one kind to an owner account under a new id; {@code json} gets the owner's id and it. */
  private String addItem(String ownerAccountId, String kind, Function<Owner, Map<String, JsonValue>> items,
      BiFunction<String, String, JsonValue> json) {
    synchronized (lock) {
      Owner owner = ownerOrThrow(ownerAccountId);
      String id = newId(kind);
      items.apply(owner).put(id, json.apply(owner.id, id));
      return id;
    }
  }

  /**
   * The state of a grant.
   *
   * @param ownerAccountId the owner account
   * @param grantId the grant
   * @return {@code "granted"} or {@code "revoked"}, empty when there is no such grant
   */
  public Optional<String> grantState(String ownerAccountId, String grantId) {
    synchronized (lock) {
      Owner owner = owners.get(ownerAccountId);
      JsonValue grant = owner == null ? null : owner.grants.get(grantId);
      return grant == null ? Optional.empty() : Optional.of(grant.path("state").stringValue());
    }
  }

  /**
   * Issues a refresh token (and nothing else), as if the app had run the authorization-code flow itself.
   *
   * @param scopes the scopes of the tokens it gets; none for all the client may have
   * @return the refresh token
   */
  public String issueRefreshToken(String... scopes) {
    synchronized (lock) {
      return newRefreshToken(scopeSet(scopes)).value;
    }
  }

  /**
   * Issues an access token with the configured lifetime, as if the app had run the authorization-code flow
   * itself.
   *
   * @param scopes its scopes; none for all the client may have
   * @return the access token
   */
  public String issueAccessToken(String... scopes) {
    synchronized (lock) {
      return newAccessToken(scopeSet(scopes)).value;
    }
  }

  /** Makes every access token issued so far expired: the API answers 401 {@code invalid_token}, expired. */
  public void expireAccessTokens() {
    synchronized (lock) {
      accessTokens.values().forEach(t -> t.expired = true);
    }
  }

  /** Revokes every access token issued so far: the API answers 401 {@code invalid_token}, not expired. */
  public void revokeAccessTokens() {
    synchronized (lock) {
      accessTokens.values().forEach(t -> t.revoked = true);
    }
  }

  /** Revokes every refresh token issued so far: the token endpoint answers them {@code invalid_grant}. */
  public void revokeRefreshTokens() {
    synchronized (lock) {
      refreshTokens.values().forEach(t -> t.revoked = true);
    }
  }

  /**
   * Makes the next matching API requests answer an error ({@link TapkeyErrorReply#times()} of them), after the
   * token and scope checks. Replies queue in the order given.
   *
   * @param reply the error
   */
  public void failNext(TapkeyErrorReply reply) {
    Objects.requireNonNull(reply, "reply");
    failures.add(reply, reply.times(), request -> reply.matches(request.method(), request.path()));
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "TapkeySimulator[" + server.url() + "]";
  }

  // --- the token endpoint ---

  private SimulatorReply token(SimulatorRequest request) {
    tokenRequests++;
    String grantType = request.formParameter("grant_type").orElse("");
    String id = request.formParameter("client_id").orElse(null);
    Optional<String> secret = request.formParameter("client_secret");
    switch (grantType) {
      case "client_credentials" -> {
        if (!clientId.equals(id) || !secret.map(clientSecret::equals).orElse(false)) {
          return oauthError(401, "invalid_client", "unknown client or wrong secret");
        }
        Set<String> scopes = scopeSet(request.formParameter("scope").map(s -> s.split(" ")).orElse(new String[0]));
        if (!clientScopes.containsAll(scopes)) {
          return oauthError(400, "invalid_scope", "the client may not have all of the requested scopes");
        }
        // No refresh token for client credentials (RFC 6749 4.4.3), and offline_access makes none either.
        return tokenReply(newAccessToken(scopes), null);
      }
      case "refresh_token" -> {
        if (!clientId.equals(id) || (secret.isPresent() && !clientSecret.equals(secret.get()))) {
          return oauthError(401, "invalid_client", "unknown client or wrong secret");
        }
        RefreshToken refresh = refreshTokens.get(request.formParameter("refresh_token").orElse(""));
        if (refresh == null || refresh.revoked) {
          return oauthError(400, "invalid_grant", "the refresh token is invalid, expired or revoked");
        }
        RefreshToken next = refresh;
        if (rotateRefreshTokens) {
          refresh.revoked = true;
          next = newRefreshToken(refresh.scopes);
        }
        return tokenReply(newAccessToken(refresh.scopes), next);
      }
      default -> {
        return oauthError(400, "unsupported_grant_type", "grant type " + grantType + " is not supported");
      }
    }
  }

  private SimulatorReply tokenReply(AccessToken access, RefreshToken refresh) {
    JsonValue.ObjectBuilder body = JsonValue.object().put("access_token", access.value)
        .put("expires_in", accessTokenLifetime.toSeconds()).put("token_type", "Bearer")
        .put("scope", String.join(" ", access.scopes));
    if (refresh != null) {
      body.put("refresh_token", refresh.value);
    }
    return SimulatorReply.json(200, body.build()).withHeader("Cache-Control", "no-store");
  }

  private static SimulatorReply oauthError(int status, String error, String description) {
    return SimulatorReply.json(status, JsonValue.object().put("error", error).put("error_description", description)
        .build());
  }

  // --- authentication, scopes and injected errors: every API request ---

  private Optional<SimulatorReply> authorize(SimulatorRequest request) {
    if (!request.path().startsWith(API_PATH + "/")) {
      return Optional.empty();
    }
    String header = request.header("Authorization").orElse("");
    AccessToken token = header.startsWith("Bearer ") ? accessTokens.get(header.substring(7)) : null;
    if (token == null || token.revoked) {
      return Optional.of(unauthorized(401, "error=\"invalid_token\", error_description=\"The access token is"
          + " invalid\""));
    }
    Instant now = clock.instant();
    if (token.expired || !now.isBefore(token.expiresAt)) {
      Instant at = token.expired && now.isBefore(token.expiresAt) ? now : token.expiresAt;
      return Optional.of(unauthorized(401, "error=\"invalid_token\", error_description=\"The token expired at '"
          + EXPIRY.format(at) + "'\""));
    }
    String needed = requiredScope(request.method(), request.path().substring(API_PATH.length()));
    if (needed != null && !token.scopes.contains(needed)) {
      return Optional.of(unauthorized(insufficientScopeStatus, "error=\"insufficient_scope\", scope=\"" + needed
          + "\""));
    }
    return failures.take(request).map(reply -> errorReply(request, reply.status(), reply.errorCode(),
        reply.errorMessage(), reply.errorDetails(), reply.userMessage(language(request)).orElse(null)));
  }

  private SimulatorReply unauthorized(int status, String challenge) {
    SimulatorReply reply = SimulatorReply.empty(status);
    return challengeHeaders ? reply.withHeader("WWW-Authenticate", "Bearer realm=\"tapkey\", " + challenge) : reply;
  }

  /** The scope a call needs, per Tapkey's operation pages; GET reads, any other method writes. */
  private static String requiredScope(String method, String path) {
    String[] segments = path.replaceFirst("^/+", "").split("/");
    String access = method.equals("GET") ? "read:" : "write:";
    if (segments.length <= 2) {
      return access + "owneraccounts";
    }
    return switch (segments[2]) {
      case "BoundLocks", "Contacts", "BoundCards" -> access + "core:entities";
      case "Grants" -> access + "grants";
      default -> null;
    };
  }

  // --- the API ---

  private List<JsonValue> ownerList() {
    List<JsonValue> list = new ArrayList<>();
    owners.values().forEach(o -> list.add(JsonValue.object().put("id", o.id).put("name", o.name)
        .put("active", true).build()));
    return list;
  }

  private Owner owner(SimulatorRequest request) {
    Owner owner = owners.get(request.pathParameter("ownerId"));
    if (owner == null) {
      throw refusal(request, 404, "NotFound", "no owner account " + request.pathParameter("ownerId"));
    }
    return owner;
  }

  private SimulatorReply list(SimulatorRequest request, List<JsonValue> all) {
    int skip = intParameter(request, "$skip", 0);
    int top = intParameter(request, "$top", Integer.MAX_VALUE);
    JsonValue.ArrayBuilder page = JsonValue.array();
    all.stream().skip(skip).limit(top).forEach(page::add);
    return SimulatorReply.json(200, page.build());
  }

  private static int intParameter(SimulatorRequest request, String name, int otherwise) {
    String value = request.queryParameter(name).orElse(null);
    if (value == null) {
      return otherwise;
    }
    try {
      return Math.max(0, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw refusal(request, 400, "Generic", name + " must be a number");
    }
  }

  private List<JsonValue> items(SimulatorRequest request, Function<Owner, Map<String, JsonValue>> kind) {
    return new ArrayList<>(kind.apply(owner(request)).values());
  }

  private SimulatorReply one(SimulatorRequest request, Function<Owner, Map<String, JsonValue>> kind) {
    JsonValue item = kind.apply(owner(request)).get(request.pathParameter("id"));
    if (item == null) {
      throw refusal(request, 404, "NotFound", "no such item: " + request.pathParameter("id"));
    }
    return SimulatorReply.json(200, item);
  }

  private SimulatorReply putContact(SimulatorRequest request) {
    JsonValue body = body(request);
    String identifier = text(body.path("identifier"));
    if (identifier == null || identifier.isBlank()) {
      throw refusal(request, 400, "Generic", "identifier is required");
    }
    Owner owner = owner(request);
    String id = owner.contactId(identifier).orElseGet(() -> newId("contact"));
    JsonValue contact = contactJson(owner.id, id, identifier, text(body.path("title")));
    owner.contacts.put(id, contact);
    return SimulatorReply.json(200, contact);
  }

  private SimulatorReply createGrant(SimulatorRequest request) {
    JsonValue body = body(request);
    Owner owner = owner(request);
    String lockId = text(body.path("boundLockId"));
    if (lockId == null || !owner.locks.containsKey(lockId)) {
      throw refusal(request, 404, "NotFound", "no bound lock " + lockId);
    }
    String contactId = text(body.path("contactId"));
    String identifier = text(body.path("contact").path("identifier"));
    if (contactId == null && identifier != null) {
      contactId = owner.contactId(identifier).orElse(null);
      if (contactId == null) {
        contactId = newId("contact");
        owner.contacts.put(contactId, contactJson(owner.id, contactId, identifier, null));
      }
    }
    String cardId = text(body.path("boundCardId"));
    if ((contactId == null) == (cardId == null)) {
      throw refusal(request, 400, "Generic", "a grant is for a contact or for a bound card");
    }
    if (contactId != null && !owner.contacts.containsKey(contactId)) {
      throw refusal(request, 404, "NotFound", "no contact " + contactId);
    }
    if (cardId != null && !owner.cards.containsKey(cardId)) {
      throw refusal(request, 404, "NotFound", "no bound card " + cardId);
    }
    String holder = contactId != null ? "contactId" : "boundCardId";
    String holderId = contactId != null ? contactId : cardId;
    long held = 0;
    for (JsonValue grant : owner.grants.values()) {
      if (grant.path("state").stringValue().equals("granted") && holderId.equals(grant.path(holder).asString())) {
        if (lockId.equals(text(grant.path("boundLockId")))) {
          throw refusal(request, 400, "Duplicate", "only one grant allowed per lock and user/card");
        }
        held++;
      }
    }
    if (cardId != null && held >= owner.cards.get(cardId).path("nofGrantsCapacity").numberValue().longValue()) {
      throw refusal(request, 400, "CardCapacityExceeded", "the card cannot hold more grants");
    }
    String id = newId("grant");
    JsonValue.ObjectBuilder grant = JsonValue.object().put("id", id).put("boundLockId", lockId)
        .put(holder, holderId).put("state", "granted").put("active", true)
        .put("validFrom", body.path("validFrom").isString() ? body.path("validFrom").stringValue()
            : clock.instant().toString());
    if (body.path("validBefore").isString()) {
      grant.put("validBefore", body.path("validBefore").stringValue());
    }
    if (body.path("timeRestrictionIcal").isString()) {
      grant.put("timeRestrictionIcal", body.path("timeRestrictionIcal").stringValue());
    }
    JsonValue created = grant.build();
    owner.grants.put(id, created);
    return SimulatorReply.json(200, created);
  }

  private SimulatorReply revokeGrant(SimulatorRequest request) {
    Owner owner = owner(request);
    JsonValue grant = owner.grants.get(request.pathParameter("id"));
    if (grant == null) {
      throw refusal(request, 404, "NotFound", "no grant " + request.pathParameter("id"));
    }
    owner.grants.put(grant.path("id").stringValue(), JsonValue.object().putAll(grant).put("state", "revoked")
        .put("active", false).build());
    return SimulatorReply.empty(204);
  }

  // --- error bodies ---

  private static SimulatorReply error(SimulatorRequest request, int status, String code, String message) {
    return errorReply(request, status, code, message, "", null);
  }

  /** Tapkey's error answer, thrown from inside a route. */
  private static Refusal refusal(SimulatorRequest request, int status, String code, String message) {
    return new Refusal(error(request, status, code, message));
  }

  /** The request's JSON body; a body that is not JSON is a {@code Generic} 400. */
  private static JsonValue body(SimulatorRequest request) {
    try {
      return request.json();
    } catch (JsonException e) {
      throw refusal(request, 400, "Generic", "the body is not JSON");
    }
  }

  private static SimulatorReply errorReply(SimulatorRequest request, int status, String code, String message,
      String details, String userMessage) {
    String language = language(request);
    String user = userMessage != null ? userMessage : UserMessages.of(code, language);
    return SimulatorReply.json(status, JsonValue.object().put("ErrorCode", code).put("ErrorMessage", message)
        .put("ErrorDetails", details).put("UserErrorMessage", user).build());
  }

  /** {@code de} when the request prefers German (by {@code Accept-Language} and its q-values), else {@code en}. */
  static String language(SimulatorRequest request) {
    String header = request.header("Accept-Language").orElse("");
    String best = "en";
    double bestQ = -1;
    for (String part : header.split(",")) {
      String[] pieces = part.trim().split(";");
      String tag = pieces[0].trim().toLowerCase(Locale.ROOT);
      double q = 1;
      for (int i = 1; i < pieces.length; i++) {
        String p = pieces[i].trim();
        if (p.startsWith("q=")) {
          try {
            q = Double.parseDouble(p.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      String primary = tag.split("-")[0];
      if ((primary.equals("de") || primary.equals("en")) && q > bestQ) {
        best = primary;
        bestQ = q;
      }
    }
    return best;
  }

  // --- state ---

  /** A string value, or null when absent, empty or not a string. */
  private static String text(JsonValue value) {
    return value.isString() && !value.stringValue().isEmpty() ? value.stringValue() : null;
  }

  private String newId(String kind) {
    return kind + "-" + (++nextId) + "-" + HexFormat.of().formatHex(randomBytes(3));
  }

  private byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  private Set<String> scopeSet(String[] scopes) {
    Set<String> set = new LinkedHashSet<>();
    Arrays.stream(scopes).map(String::trim).filter(s -> !s.isEmpty()).forEach(set::add);
    return set.isEmpty() ? new LinkedHashSet<>(clientScopes) : set;
  }

  private AccessToken newAccessToken(Set<String> scopes) {
    AccessToken token = new AccessToken("at-sim-" + HexFormat.of().formatHex(randomBytes(16)), Set.copyOf(scopes),
        clock.instant().plus(accessTokenLifetime));
    accessTokens.put(token.value, token);
    return token;
  }

  private RefreshToken newRefreshToken(Set<String> scopes) {
    RefreshToken token = new RefreshToken("rt-sim-" + HexFormat.of().formatHex(randomBytes(16)), Set.copyOf(scopes));
    refreshTokens.put(token.value, token);
    return token;
  }

  private Owner ownerOrThrow(String ownerAccountId) {
    Owner owner = owners.get(Objects.requireNonNull(ownerAccountId, "ownerAccountId"));
    if (owner == null) {
      throw new IllegalArgumentException("no owner account " + ownerAccountId);
    }
    return owner;
  }

  private JsonValue lockJson(String ownerId, String id, String title) {
    return JsonValue.object().put("id", id).put("ownerAccountId", ownerId).put("physicalLockId", "pl-" + id)
        .put("title", title).put("lockTypeId", "tapkey-simulated").put("active", true)
        .put("bindDate", clock.instant().toString()).build();
  }

  private static JsonValue contactJson(String ownerId, String id, String identifier, String title) {
    JsonValue.ObjectBuilder json = JsonValue.object().put("id", id).put("ownerId", ownerId).put("ipId", "tapkey")
        .put("identifier", identifier);
    if (title != null) {
      json.put("title", title);
    }
    return json.build();
  }

  private static JsonValue cardJson(String ownerId, String id, String title, int capacity) {
    return JsonValue.object().put("id", id).put("ownerAccountId", ownerId).put("physicalCardId", "pc-" + id)
        .put("title", title).put("isActive", true).put("nofGrantsCapacity", capacity).build();
  }

  private static final class AccessToken {
    final String value;
    final Set<String> scopes;
    final Instant expiresAt;
    boolean expired;
    boolean revoked;

    AccessToken(String value, Set<String> scopes, Instant expiresAt) {
      this.value = value;
      this.scopes = scopes;
      this.expiresAt = expiresAt;
    }
  }

  private static final class RefreshToken {
    final String value;
    final Set<String> scopes;
    boolean revoked;

    RefreshToken(String value, Set<String> scopes) {
      this.value = value;
      this.scopes = scopes;
    }
  }

  private static final class Owner {
    final String id;
    final String name;
    final Map<String, JsonValue> locks = new LinkedHashMap<>();
    final Map<String, JsonValue> contacts = new LinkedHashMap<>();
    final Map<String, JsonValue> cards = new LinkedHashMap<>();
    final Map<String, JsonValue> grants = new LinkedHashMap<>();

    Owner(String id, String name) {
      this.id = id;
      this.name = name;
    }

    Optional<String> contactId(String identifier) {
      return contacts.values().stream().filter(c -> identifier.equalsIgnoreCase(text(c.path("identifier"))))
          .map(c -> c.path("id").stringValue()).findFirst();
    }
  }

  /** Builds a {@link TapkeySimulator}. Not thread-safe. */
  public static final class Builder {
    private String clientId = DEFAULT_CLIENT_ID;
    private String clientSecret = DEFAULT_CLIENT_SECRET;
    private final Set<String> clientScopes = new LinkedHashSet<>(ALL_SCOPES);
    private Duration accessTokenLifetime = Duration.ofHours(1);
    private boolean rotateRefreshTokens = true;
    private int insufficientScopeStatus = 401;
    private boolean challengeHeaders = true;
    private boolean seedData = true;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The OAuth client's id and secret (default {@value TapkeySimulator#DEFAULT_CLIENT_ID} and
     * {@value TapkeySimulator#DEFAULT_CLIENT_SECRET}).
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder clientCredentials(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * The scopes the OAuth client may have (default {@link TapkeySimulator#ALL_SCOPES}); a token request for
     * others is {@code invalid_scope}, and a call that needs a scope the token lacks {@code insufficient_scope}.
     *
     * @param scopes the scopes
     * @return this builder
     */
    public Builder clientScopes(String... scopes) {
      clientScopes.clear();
      for (String scope : scopes) {
        clientScopes.add(Objects.requireNonNull(scope, "scope"));
      }
      return this;
    }

    /**
     * How long an access token is valid (default one hour), reported as {@code expires_in}.
     *
     * @param lifetime positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder accessTokenLifetime(Duration lifetime) {
      this.accessTokenLifetime = Durations.requirePositive(lifetime, "lifetime");
      return this;
    }

    /**
     * Whether a refresh replaces the refresh token (default true; the old one is then refused).
     *
     * @param rotate whether to rotate
     * @return this builder
     */
    public Builder rotateRefreshTokens(boolean rotate) {
      this.rotateRefreshTokens = rotate;
      return this;
    }

    /**
     * The status of an {@code insufficient_scope} answer: 401, as Tapkey's status table lists the missing scope
     * (default), or 403, as RFC 6750 says.
     *
     * @param status 401 or 403
     * @return this builder
     * @throws IllegalArgumentException for another status
     */
    public Builder insufficientScopeStatus(int status) {
      if (status != 401 && status != 403) {
        throw new IllegalArgumentException("401 or 403, not " + status);
      }
      this.insufficientScopeStatus = status;
      return this;
    }

    /**
     * Whether 401 and 403 answers carry an RFC 6750 {@code WWW-Authenticate} header (default true; Tapkey may
     * leave it out).
     *
     * @param send whether to send it
     * @return this builder
     */
    public Builder challengeHeaders(boolean send) {
      this.challengeHeaders = send;
      return this;
    }

    /**
     * Whether to seed the owner account {@code owner-1} with locks, a contact and a card (default true).
     *
     * @param seed whether to seed
     * @return this builder
     */
    public Builder seedData(boolean seed) {
      this.seedData = seed;
      return this;
    }

    /**
     * The clock that decides token expiry (default the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Starts the simulator on a free port of {@code 127.0.0.1}.
     *
     * @return the running simulator
     */
    public TapkeySimulator start() {
      return new TapkeySimulator(this);
    }
  }
}
