package dev.latchkey.seam;

import dev.latchkey.core.Secret;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CreateAccessCodeRequest} and {@link UpdateAccessCodeRequest} share: the name, the PIN and the
 * validity of a code, their JSON and their builder setters. Package-private: the two public requests are the
 * API.
 */
abstract class AccessCodeParams {

  private final String name;
  private final Secret code;
  private final Instant startsAt;
  private final Instant endsAt;

  AccessCodeParams(Setters<?> b) {
    this.name = b.name;
    this.code = b.code;
    this.startsAt = b.startsAt;
    this.endsAt = b.endsAt;
  }

  /** {@return the code's name (for an update, the new one)} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return the PIN (for an update, the new one); when a create has none, Seam chooses one} */
  public Optional<Secret> code() {
    return Optional.ofNullable(code);
  }

  /** {@return when a time-bound code starts (for an update, the new start)} */
  public Optional<Instant> startsAt() {
    return Optional.ofNullable(startsAt);
  }

  /** {@return when a time-bound code ends (for an update, the new end)} */
  public Optional<Instant> endsAt() {
    return Optional.ofNullable(endsAt);
  }

  /** The JSON body: the id, then the fields that are set. */
  Map<String, Object> toJson(String idField, String id) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(idField, id);
    if (name != null) {
      body.put("name", name);
    }
    if (code != null) {
      body.put("code", code.reveal());
    }
    if (startsAt != null) {
      body.put("starts_at", startsAt.toString());
    }
    if (endsAt != null) {
      body.put("ends_at", endsAt.toString());
    }
    return body;
  }

  boolean sameParams(AccessCodeParams other) {
    return Objects.equals(name, other.name) && Objects.equals(code, other.code)
        && Objects.equals(startsAt, other.startsAt) && Objects.equals(endsAt, other.endsAt);
  }

  /** The fields for {@link #toString()}, the PIN only as present or not. */
  String paramsString(String noCode) {
    return "name=" + name + ", code=" + (code == null ? noCode : "[redacted]") + ", startsAt=" + startsAt
        + ", endsAt=" + endsAt;
  }

  /**
   * The setters both builders have.
   *
   * @param <B> the builder type
   */
  abstract static class Setters<B extends Setters<B>> {
    String name;
    Secret code;
    Instant startsAt;
    Instant endsAt;

    abstract B self();

    /**
     * The code's name (for an update, the new name).
     *
     * @param name the name
     * @return this builder
     */
    public B name(String name) {
      this.name = name;
      return self();
    }

    /**
     * The PIN, digits (for an update, the new PIN); leave a create's unset to let Seam choose.
     *
     * @param pin the PIN
     * @return this builder
     */
    public B code(String pin) {
      this.code = pin == null ? null : Secret.of(pin);
      return self();
    }

    /**
     * The PIN as a secret; see {@link #code(String)}.
     *
     * @param pin the PIN
     * @return this builder
     */
    public B code(Secret pin) {
      this.code = pin;
      return self();
    }

    /**
     * When the code starts working, which makes it time-bound (for an update, the new start).
     *
     * @param startsAt the start
     * @return this builder
     */
    public B startsAt(Instant startsAt) {
      this.startsAt = startsAt;
      return self();
    }

    /**
     * When the code stops working, which makes it time-bound (for an update, the new end).
     *
     * @param endsAt the end
     * @return this builder
     */
    public B endsAt(Instant endsAt) {
      this.endsAt = endsAt;
      return self();
    }
  }
}
