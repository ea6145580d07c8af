package dev.latchkey.examples;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Remedy;
import dev.latchkey.core.RequestOptions;
import dev.latchkey.tapkey.ContactRequest;
import dev.latchkey.tapkey.Grant;
import dev.latchkey.tapkey.GrantRequest;
import dev.latchkey.tapkey.ODataQuery;
import dev.latchkey.tapkey.TapkeyClient;
import dev.latchkey.tapkey.TapkeyErrorCode;
import dev.latchkey.tapkey.TapkeyException;
import dev.latchkey.testkit.tapkey.TapkeyErrorReply;
import dev.latchkey.testkit.tapkey.TapkeySimulator;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tutorial: grant access to Tapkey locks with time restrictions. The walkthrough is
 * {@code examples/tapkey-grants.md}.
 *
 * <p>It signs in with OAuth client credentials, grants a contact a lock for a week on weekdays from 08:00 to
 * 18:00 (validFrom, validBefore and an iCal time restriction), and handles what Tapkey answers: a
 * {@code Duplicate} grant is treated as done, a full card ({@code CardCapacityExceeded}) gets its expired grants
 * revoked and the grant tried once more, a lock without iCal support gets the grant without the time
 * restriction, and a wrong iCal is reported for the app to fix. Each failure shows the catalog's remedies and
 * Tapkey's {@code UserErrorMessage} in the language of the person it is for ({@code Accept-Language} per call).
 * Last, an expired access token is refreshed by the client on the next call: one token request, no error.
 *
 * <p>Without {@code TAPKEY_CLIENT_ID} and {@code TAPKEY_CLIENT_SECRET} it runs on the embedded
 * {@link TapkeySimulator}. With them it grants {@code TAPKEY_CONTACT_EMAIL} a bound lock of your owner account,
 * meets the duplicate (with the German and the English user message), and revokes the grant again.
 */
public final class TapkeyGrants {

  /** The Tapkey user (e-mail address) the tutorial grants access to on the real API; required there. */
  public static final String CONTACT_EMAIL_ENV = "TAPKEY_CONTACT_EMAIL";
  /** The owner account to use on the real API (default: the first one the client may see). */
  public static final String OWNER_ACCOUNT_ENV = "TAPKEY_OWNER_ACCOUNT_ID";
  /** The bound lock to grant on the real API (default: the owner account's first bound lock). */
  public static final String BOUND_LOCK_ENV = "TAPKEY_BOUND_LOCK_ID";
  /** The Management API's base URL (default: Tapkey's). */
  public static final String BASE_URL_ENV = "TAPKEY_BASE_URL";
  /** The OAuth token endpoint (default: Tapkey's). */
  public static final String TOKEN_ENDPOINT_ENV = "TAPKEY_TOKEN_ENDPOINT";

  /** The time zone of the locks in this tutorial: iCal events must all name the same supported zone. */
  static final ZoneId LOCK_ZONE = ZoneId.of("Europe/Vienna");

  private static final DateTimeFormatter ICAL_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

  private TapkeyGrants() {}

  /**
   * Runs the tutorial on the simulator, or on Tapkey when {@code TAPKEY_CLIENT_ID} is set.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out, System.getenv());
  }

  /**
   * Runs the tutorial.
   *
   * @param out where it prints
   * @param env the environment: {@code TAPKEY_CLIENT_ID} and {@code TAPKEY_CLIENT_SECRET} select the real API
   *     (with {@code TAPKEY_CONTACT_EMAIL}, and optionally {@code TAPKEY_OWNER_ACCOUNT_ID},
   *     {@code TAPKEY_BOUND_LOCK_ID}, {@code TAPKEY_BASE_URL}, {@code TAPKEY_TOKEN_ENDPOINT}); without them the
   *     embedded simulator is used
   * @throws IllegalArgumentException when the real API is selected and {@code TAPKEY_CONTACT_EMAIL} is missing,
   *     or there is no owner account or bound lock to use
   * @throws LatchkeyException when Tapkey cannot be reached or answers with an error the tutorial does not handle
   */
  public static void run(PrintStream out, Map<String, String> env) {
    if (env.get(TapkeyClient.CLIENT_ID_ENV) != null) {
      onTapkey(out, env);
      return;
    }
    try (TapkeySimulator simulator = TapkeySimulator.start()) {
      out.println("Tapkey: grant access with time restrictions on the embedded simulator");
      onSimulator(out, simulator);
    }
  }

  // ---- on the simulator: every case, the failures Tapkey's checks of iCal would give scripted with failNext

  static void onSimulator(PrintStream out, TapkeySimulator simulator) {
    // Client credentials: the client fetches a token on its first call and caches it.
    TapkeyClient tapkey = TapkeyClient.builder()
        .baseUrl(simulator.baseUrl())
        .tokenEndpoint(simulator.tokenEndpoint())
        .clientCredentials(simulator.clientId(), simulator.clientSecret())
        .environment(name -> null)
        .build();
    String owner = tapkey.ownerAccounts().list().get(0).id();
    out.println("1. signed in with client credentials as " + simulator.clientId() + ": owner account " + owner
        + " (" + simulator.tokenRequestCount() + " token request)");
    Desk desk = new Desk(tapkey, owner, out);

    // Ada's app speaks German, Grace's English: the language is chosen per call, on one client.
    RequestOptions ada = language("de-AT, de;q=0.9, en;q=0.5");
    RequestOptions grace = language("en-GB");
    Instant monday = nextMonday();
    Access officeHours = Access.forContact("lock-1", "contact-1", monday, Duration.ofDays(7))
        .restrictedTo(weekdays(monday, "08:00", "18:00"));
    out.println("2. Ada, lock-1, the week of " + monday.atZone(LOCK_ZONE).toLocalDate() + ", weekdays 08:00-18:00 "
        + LOCK_ZONE + ":");
    desk.grant(officeHours, ada);
    out.println("3. Ada, lock-1, the same grant again:");
    desk.grant(officeHours, ada);

    // card-1 holds two grants: one from last week (expired, still on the card) and one for this week.
    Instant lastWeek = monday.minus(Duration.ofDays(14));
    out.println("4. Grace's card card-1 (room for two grants), lock-1 last week, lock-2 and lock-3 this week:");
    desk.grant(Access.forCard("lock-1", "card-1", lastWeek, Duration.ofDays(7)), grace);
    desk.grant(Access.forCard("lock-2", "card-1", monday, Duration.ofDays(7)), grace);
    desk.grant(Access.forCard("lock-3", "card-1", monday, Duration.ofDays(7)), grace);

    // The simulator does not read iCal; these are the answers Tapkey gives an old lock and a broken iCal.
    simulator.failNext(TapkeyErrorReply.builder(400, TapkeyErrorCode.TIME_RESTRICTION_ICAL_NOT_SUPPORTED_BY_LOCK
        .wireValue()).on("PUT", "/Grants").userMessage("en", "This lock does not support time restrictions.")
        .userMessage("de", "Dieses Schloss unterstützt keine Zeitbeschränkungen.").build());
    String gracesPhone = simulator.addContact(owner, "grace@example.com");
    out.println("5. Grace's phone, lock-2 (old firmware), weekdays 08:00-18:00:");
    desk.grant(Access.forContact("lock-2", gracesPhone, monday, Duration.ofDays(7))
        .restrictedTo(weekdays(monday, "08:00", "18:00")), grace);
    simulator.failNext(TapkeyErrorReply.builder(400, TapkeyErrorCode.TIME_RESTRICTION_ICAL_MALFORMED.wireValue())
        .on("PUT", "/Grants").errorMessage("The ICAL string has an invalid format").build());
    out.println("6. Ada, lock-3, an iCal with a space after 'DTSTART;':");
    desk.grant(Access.forContact("lock-3", "contact-1", monday, Duration.ofDays(7))
        .restrictedTo(weekdays(monday, "08:00", "18:00").replace("DTSTART;", "DTSTART; ")), ada);

    // The token expires (here on demand): the next call gets 401 expired, refreshes once and is sent again.
    simulator.expireAccessTokens();
    long before = simulator.tokenRequestCount();
    int grants = tapkey.grants().list(owner).size();
    out.println("7. the access token expired; listing the grants got a new one ("
        + (simulator.tokenRequestCount() - before) + " token request) and succeeded: " + grants + " grants");
  }

  // ---- on Tapkey: one grant with a time restriction, its duplicate, and the grant revoked again

  private static void onTapkey(PrintStream out, Map<String, String> env) {
    String contact = env.get(CONTACT_EMAIL_ENV);
    if (contact == null || contact.isBlank()) {
      throw new IllegalArgumentException("Set " + CONTACT_EMAIL_ENV + ": the Tapkey user (e-mail address) to grant"
          + " access to; the grant is revoked again at the end");
    }
    TapkeyClient tapkey = TapkeyClient.builder()
        .baseUrl(env.getOrDefault(BASE_URL_ENV, TapkeyClient.DEFAULT_BASE_URL))
        .tokenEndpoint(env.getOrDefault(TOKEN_ENDPOINT_ENV, TapkeyClient.DEFAULT_TOKEN_ENDPOINT))
        .environment(env::get)
        .build();
    out.println("Tapkey: grant access with time restrictions on " + tapkey.baseUrl());
    String owner = Optional.ofNullable(env.get(OWNER_ACCOUNT_ENV)).orElseGet(() -> tapkey.ownerAccounts().list()
        .stream().findFirst().orElseThrow(() -> new IllegalArgumentException("This OAuth client sees no owner"
            + " account: add it as an administrator, or set " + OWNER_ACCOUNT_ENV)).id());
    String lock = Optional.ofNullable(env.get(BOUND_LOCK_ENV)).orElseGet(() -> tapkey.boundLocks().list(owner)
        .stream().findFirst().orElseThrow(() -> new IllegalArgumentException("Owner account " + owner
            + " has no bound lock: bind one, or set " + BOUND_LOCK_ENV)).id());
    out.println("1. signed in with client credentials: owner account " + owner);
    Desk desk = new Desk(tapkey, owner, out);
    Instant monday = nextMonday();
    // Tapkey creates the contact for the e-mail address, or returns the one it has.
    String contactId = tapkey.contacts().createOrUpdate(owner, ContactRequest.builder(contact).build()).id();
    Access officeHours = Access.forContact(lock, contactId, monday, Duration.ofDays(7))
        .restrictedTo(weekdays(monday, "08:00", "18:00"));
    out.println("2. " + lock + ", the week of " + monday.atZone(LOCK_ZONE).toLocalDate() + ", weekdays 08:00-18:00 "
        + LOCK_ZONE + ":");
    Optional<Grant> granted = desk.grant(officeHours, language("en"));
    out.println("3. the same grant again, for a German and for an English reader:");
    desk.grant(officeHours, language("de"));
    desk.grant(officeHours, language("en"));
    granted.ifPresent(g -> {
      tapkey.grants().revoke(owner, g.id());
      out.println("4. revoked " + g.id() + " (the tutorial leaves your account as it found it)");
    });
  }

  // ---- the app: create a grant and handle what Tapkey answers

  /** What the app wants to grant: a lock to a contact or a card, for a time, optionally restricted by an iCal. */
  record Access(String lock, String contactId, String cardId, Instant from, Instant before, String ical) {

    static Access forContact(String lock, String contactId, Instant from, Duration length) {
      return new Access(lock, contactId, null, from, from.plus(length), null);
    }

    static Access forCard(String lock, String cardId, Instant from, Duration length) {
      return new Access(lock, null, cardId, from, from.plus(length), null);
    }

    Access restrictedTo(String ical) {
      return new Access(lock, contactId, cardId, from, before, ical);
    }

    GrantRequest request() {
      GrantRequest.Builder grant = GrantRequest.builder(lock).validFrom(from).validBefore(before)
          .timeRestrictionIcal(ical);
      return contactId != null ? grant.contactId(contactId).build() : grant.boundCardId(cardId).build();
    }

    /** Whether an existing grant gives the same lock to the same contact or card. */
    boolean sameHolderAndLock(Grant grant) {
      return grant.boundLockId().orElse("").equals(lock) && (contactId != null
          ? grant.contactId().orElse("").equals(contactId) : grant.boundCardId().orElse("").equals(cardId));
    }
  }

  /** Creates grants for one owner account and handles Tapkey's grant errors with the catalog's remedies. */
  static final class Desk {
    private final TapkeyClient tapkey;
    private final String owner;
    private final PrintStream out;

    Desk(TapkeyClient tapkey, String owner, PrintStream out) {
      this.tapkey = tapkey;
      this.owner = owner;
      this.out = out;
    }

    /**
     * Creates a grant, handling the failures the app can handle; the others are thrown.
     *
     * @return the grant that gives the access, empty when the request itself has to change or a person decides
     */
    Optional<Grant> grant(Access access, RequestOptions language) {
      try {
        Grant grant = tapkey.grants().create(owner, access.request(), language);
        out.println("   granted " + grant.id() + " " + describe(grant));
        return Optional.of(grant);
      } catch (TapkeyException e) {
        TapkeyErrorCode code = e.errorCode().orElse(TapkeyErrorCode.UNKNOWN_TO_SDK_VERSION);
        out.println("   " + e.rawCode() + " [" + e.category() + "]");
        e.userErrorMessage().ifPresent(m -> out.println("   user message: " + m));
        for (Remedy remedy : code.remedies()) {
          out.println("      -> " + remedy.labelled());
        }
        switch (code) {
          case DUPLICATE -> {
            // The access exists already: find it and carry on as if it had just been created.
            Optional<Grant> existing = findSame(access);
            out.println("   treated as done: " + existing.map(Grant::id).orElse("(not visible to this client)")
                + " already gives this access");
            return existing;
          }
          case CARD_CAPACITY_EXCEEDED -> {
            int freed = revokeExpiredGrantsOnCard(access.cardId());
            if (freed == 0) {
              out.println("   no expired grant on the card: an operator chooses which grant to revoke");
              return Optional.empty();
            }
            out.println("   revoked " + freed + " expired grant(s) on the card, trying once more");
            return retryOnce(access, language);
          }
          case TIME_RESTRICTION_ICAL_NOT_SUPPORTED_BY_LOCK -> {
            out.println("   granting without the time restriction (validFrom/validBefore only) until the"
                + " firmware is upgraded");
            return retryOnce(access.restrictedTo(null), language);
          }
          case TIME_RESTRICTION_ICAL_TOO_LARGE, TIME_RESTRICTION_ICAL_TOO_COMPLEX, TIME_RESTRICTION_ICAL_MALFORMED,
              TIME_RESTRICTION_ICAL_ILLEGAL_TIMEZONE -> {
            // The app built the iCal: sending it again cannot help, the app's code has to change.
            out.println("   not granted: the app's iCal needs fixing, an operator is told");
            return Optional.empty();
          }
          default -> throw e;
        }
      }
    }

    private Optional<Grant> retryOnce(Access access, RequestOptions language) {
      Grant grant = tapkey.grants().create(owner, access.request(), language);
      out.println("   granted " + grant.id() + " " + describe(grant));
      return Optional.of(grant);
    }

    private Optional<Grant> findSame(Access access) {
      return tapkey.grants().stream(owner, ODataQuery.builder().filter("active eq true").build())
          .filter(g -> g.active() && access.sameHolderAndLock(g))
          .findFirst();
    }

    private int revokeExpiredGrantsOnCard(String cardId) {
      Instant now = Instant.now();
      List<Grant> expired = tapkey.grants().stream(owner, ODataQuery.builder().filter("active eq true").build())
          .filter(g -> g.active() && g.boundCardId().orElse("").equals(cardId))
          .filter(g -> g.validBefore().map(end -> !end.isAfter(now)).orElse(false))
          .toList();
      for (Grant grant : expired) {
        tapkey.grants().revoke(owner, grant.id());
      }
      return expired.size();
    }
  }

  private static String describe(Grant grant) {
    return grant.boundLockId().orElse("?") + " for " + grant.contactId().or(grant::boundCardId).orElse("?")
        + ", " + grant.validFrom().map(Instant::toString).orElse("?") + " to "
        + grant.validBefore().map(Instant::toString).orElse("open end")
        + (grant.timeRestrictionIcal().isPresent() ? ", with a time restriction" : "");
  }

  private static RequestOptions language(String acceptLanguage) {
    return RequestOptions.builder().header("Accept-Language", acceptLanguage).build();
  }

  /** Midnight at the start of next Monday, in the locks' time zone. */
  static Instant nextMonday() {
    LocalDate today = LocalDate.now(LOCK_ZONE);
    LocalDate monday = today.plusDays(8 - today.getDayOfWeek().getValue());
    return monday.atStartOfDay(LOCK_ZONE).toInstant().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * An RFC 5545 time restriction: every weekday from {@code from} to {@code to}, local time of
   * {@link #LOCK_ZONE}, starting the week of {@code start}.
   */
  static String weekdays(Instant start, String from, String to) {
    String day = start.atZone(LOCK_ZONE).toLocalDate().format(ICAL_DATE);
    String zone = LOCK_ZONE.getId();
    return String.join("\r\n",
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Latchkey//examples//EN",
        "BEGIN:VEVENT",
        "UID:weekdays-" + from.replace(":", "") + "-" + to.replace(":", ""),
        "DTSTART;TZID=" + zone + ":" + day + "T" + from.replace(":", "") + "00",
        "DTEND;TZID=" + zone + ":" + day + "T" + to.replace(":", "") + "00",
        "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "END:VEVENT",
        "END:VCALENDAR",
        "");
  }
}
