package dev.latchkey.nuki;

import dev.latchkey.core.Secret;
import dev.latchkey.core.json.JsonValue;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An authorization to create on one or many smartlocks (schemas {@code SmartlockAuthCreate},
 * {@code SmartlocksAuthCreate}, {@code SmartlocksAuthAdvancedCreate}): an app authorization for an account user,
 * a fob, or a keypad code (type 13).
 *
 * <pre>{@code
 * AuthorizationRequest guest = AuthorizationRequest.keypadCode("Guest", Secret.of("385926"))
 *     .allowedFrom(Instant.parse("2026-12-01T15:00:00Z")).allowedUntil(Instant.parse("2026-12-03T11:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>The keypad code is a secret: it is sent as a request secret, so it is removed from every error message,
 * and {@link #toString()} never shows it. Immutable.
 */
public final class AuthorizationRequest {

  private final String name;
  private final NukiAuthType type;
  private final Secret keypadCode;
  private final Long accountUserId;
  private final boolean remoteAllowed;
  private final Boolean smartActionsEnabled;
  private final Instant allowedFrom;
  private final Instant allowedUntil;
  private final Integer allowedWeekDays;
  private final Integer allowedFromTime;
  private final Integer allowedUntilTime;

  private AuthorizationRequest(Builder b) {
    this.name = b.name;
    this.type = b.type;
    this.keypadCode = b.keypadCode;
    this.accountUserId = b.accountUserId;
    this.remoteAllowed = b.remoteAllowed;
    this.smartActionsEnabled = b.smartActionsEnabled;
    this.allowedFrom = b.allowedFrom;
    this.allowedUntil = b.allowedUntil;
    this.allowedWeekDays = b.allowedWeekDays;
    this.allowedFromTime = b.allowedFromTime;
    this.allowedUntilTime = b.allowedUntilTime;
  }

  /**
   * A builder for an app authorization (type 0) for an account user.
   *
   * @param name the authorization's name, 1..32 characters
   * @param accountUserId the id of the account user it is for
   * @return the builder
   * @throws IllegalArgumentException when the name is blank or longer than 32 characters
   */
  public static Builder app(String name, long accountUserId) {
    return new Builder(name, NukiAuthType.APP, null).accountUserId(accountUserId);
  }

  /**
   * A builder for a keypad code (type 13).
   *
   * @param name the authorization's name, 1..32 characters
   * @param code the keypad code: 6 digits 1-9 (Nuki's keypads have no 0), not starting with "12"
   * @return the builder
   * @throws IllegalArgumentException when the name or the code is not valid (the message never shows the code)
   */
  public static Builder keypadCode(String name, Secret code) {
    Objects.requireNonNull(code, "code");
    String digits = code.reveal();
    if (!digits.matches("[1-9]{6}") || digits.startsWith("12")) {
      throw new IllegalArgumentException("a keypad code must be 6 digits 1-9 and not start with 12");
    }
    return new Builder(name, NukiAuthType.KEYPAD_CODE, code);
  }

  /**
   * A builder for an authorization of the given type (without a keypad code; use
   * {@link #keypadCode(String, Secret)} for type 13).
   *
   * @param name the authorization's name, 1..32 characters
   * @param type the type; one the create calls accept ({@code APP}, {@code FOB})
   * @return the builder
   * @throws IllegalArgumentException when the name is not valid or the type is {@code KEYPAD_CODE} or unknown
   */
  public static Builder of(String name, NukiAuthType type) {
    Objects.requireNonNull(type, "type");
    if (type == NukiAuthType.KEYPAD_CODE || !type.isKnown()) {
      throw new IllegalArgumentException("use keypadCode(...) for keypad codes, and a known type otherwise");
    }
    return new Builder(name, type, null);
  }

  /** {@return the authorization's name} */
  public String name() {
    return name;
  }

  /** {@return the authorization's type} */
  public NukiAuthType type() {
    return type;
  }

  /** {@return the keypad code of a type 13 authorization} */
  public Optional<Secret> keypadCode() {
    return Optional.ofNullable(keypadCode);
  }

  /** {@return the account user the authorization is for, when set} */
  public Optional<Long> accountUserId() {
    return Optional.ofNullable(accountUserId);
  }

  /** {@return whether the authorization may be used remotely} */
  public boolean remoteAllowed() {
    return remoteAllowed;
  }

  /** {@return the start of the validity, when limited} */
  public Optional<Instant> allowedFrom() {
    return Optional.ofNullable(allowedFrom);
  }

  /** {@return the end of the validity, when limited} */
  public Optional<Instant> allowedUntil() {
    return Optional.ofNullable(allowedUntil);
  }

  /**
   * The JSON body; the keypad code is revealed here only, for the request.
   *
   * @param smartlockIds the smartlock ids for the multi-smartlock calls, or null for the single one
   */
  JsonValue toJson(Iterable<Long> smartlockIds) {
    JsonValue.ObjectBuilder body = JsonValue.object().put("name", name);
    if (smartlockIds != null) {
      JsonValue.ArrayBuilder ids = JsonValue.array();
      smartlockIds.forEach(ids::add);
      body.put("smartlockIds", ids);
    }
    body.put("type", type.byteValue());
    if (keypadCode != null) {
      body.put("code", Long.parseLong(keypadCode.reveal()));
    }
    if (accountUserId != null) {
      body.put("accountUserId", accountUserId);
    }
    body.put("remoteAllowed", remoteAllowed);
    if (smartActionsEnabled != null) {
      body.put("smartActionsEnabled", smartActionsEnabled);
    }
    if (allowedFrom != null) {
      body.put("allowedFromDate", allowedFrom.toString());
    }
    if (allowedUntil != null) {
      body.put("allowedUntilDate", allowedUntil.toString());
    }
    if (allowedWeekDays != null) {
      body.put("allowedWeekDays", allowedWeekDays);
    }
    if (allowedFromTime != null) {
      body.put("allowedFromTime", allowedFromTime);
    }
    if (allowedUntilTime != null) {
      body.put("allowedUntilTime", allowedUntilTime);
    }
    return body.build();
  }

  /** The name, type and account user; never the keypad code. */
  @Override
  public String toString() {
    return "AuthorizationRequest{name=" + name + ", type=" + type
        + (keypadCode == null ? "" : ", code=<redacted>")
        + (accountUserId == null ? "" : ", accountUserId=" + accountUserId) + "}";
  }

  /** Builds an {@link AuthorizationRequest}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final NukiAuthType type;
    private final Secret keypadCode;
    private Long accountUserId;
    private boolean remoteAllowed = true;
    private Boolean smartActionsEnabled;
    private Instant allowedFrom;
    private Instant allowedUntil;
    private Integer allowedWeekDays;
    private Integer allowedFromTime;
    private Integer allowedUntilTime;

    private Builder(String name, NukiAuthType type, Secret keypadCode) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank() || name.length() > 32) {
        throw new IllegalArgumentException("the name must be 1..32 characters, was " + name.length());
      }
      this.name = name;
      this.type = type;
      this.keypadCode = keypadCode;
    }

    /**
     * The account user the authorization is for (required by Nuki except for keypad codes).
     *
     * @param accountUserId the account user's id
     * @return this builder
     */
    public Builder accountUserId(long accountUserId) {
      this.accountUserId = accountUserId;
      return this;
    }

    /**
     * Whether the authorization may be used remotely (default true).
     *
     * @param remoteAllowed the flag
     * @return this builder
     */
    public Builder remoteAllowed(boolean remoteAllowed) {
      this.remoteAllowed = remoteAllowed;
      return this;
    }

    /**
     * Whether smart actions are enabled (default: Nuki's).
     *
     * @param enabled the flag
     * @return this builder
     */
    public Builder smartActionsEnabled(boolean enabled) {
      this.smartActionsEnabled = enabled;
      return this;
    }

    /**
     * The start of the validity.
     *
     * @param from the instant, or null for none
     * @return this builder
     */
    public Builder allowedFrom(Instant from) {
      this.allowedFrom = from;
      return this;
    }

    /**
     * The end of the validity.
     *
     * @param until the instant, or null for none
     * @return this builder
     */
    public Builder allowedUntil(Instant until) {
      this.allowedUntil = until;
      return this;
    }

    /**
     * The weekdays the authorization is valid on, Nuki's bit mask: 64 Monday, 32 Tuesday, 16 Wednesday,
     * 8 Thursday, 4 Friday, 2 Saturday, 1 Sunday.
     *
     * @param mask 0..127
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder allowedWeekDays(int mask) {
      if (mask < 0 || mask > 127) {
        throw new IllegalArgumentException("allowedWeekDays must be 0..127, was " + mask);
      }
      this.allowedWeekDays = mask;
      return this;
    }

    /**
     * The daily time window, in minutes from midnight.
     *
     * @param fromMinute the start, 0..1439
     * @param untilMinute the end, 0..1439
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder allowedTimes(int fromMinute, int untilMinute) {
      if (fromMinute < 0 || fromMinute > 1439 || untilMinute < 0 || untilMinute > 1439) {
        throw new IllegalArgumentException("times must be minutes 0..1439");
      }
      this.allowedFromTime = fromMinute;
      this.allowedUntilTime = untilMinute;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public AuthorizationRequest build() {
      return new AuthorizationRequest(this);
    }
  }
}
