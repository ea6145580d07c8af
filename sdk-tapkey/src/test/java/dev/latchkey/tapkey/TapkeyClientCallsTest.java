package dev.latchkey.tapkey;

import static dev.latchkey.tapkey.TapkeyDouble.body;
import static dev.latchkey.tapkey.TapkeyDouble.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.RequestOptions;
import dev.latchkey.core.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every call's request and response, the error bodies and lazy paging, against a MockWebServer double. */
class TapkeyClientCallsTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TapkeyDouble tapkey = new TapkeyDouble();
  private final List<Duration> sleeps = new ArrayList<>();
  private TapkeyClient client;

  @BeforeEach
  void start() {
    server.setDispatcher(tapkey);
    client = builder().build();
  }

  private TapkeyClient.Builder builder() {
    return TapkeyClient.builder()
        .baseUrl(server.url("/api/v1").toString())
        .tokenEndpoint(server.url(TapkeyDouble.TOKEN_PATH).toString())
        .environment(name -> null)
        .clientCredentials("app", "cs-secret-0001")
        .retryPolicy(RetryPolicy.builder().jitter(RetryPolicy.Jitter.NONE).build())
        .sleeper(sleeps::add);
  }

  private RecordedRequest api(int index) {
    return tapkey.apiRequests.get(index);
  }

  private static String query(RecordedRequest request) {
    String target = request.getTarget();
    int q = target.indexOf('?');
    // OkHttp sends "$" percent-encoded (%24top), which servers decode like any other escape.
    return q < 0 ? "" : java.net.URLDecoder.decode(target.substring(q + 1), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void listsSendTheODataOptions() {
    tapkey.api(json(200, "[{\"id\":\"l1\",\"title\":\"Front door\",\"active\":true,\"bindDate\":"
        + "\"2018-12-12T12:00:00.000Z\",\"newProperty\":{\"x\":1}}]"));
    ODataQuery query = ODataQuery.builder().filter("active eq true").select("id", "title").top(5).skip(10).build();

    List<BoundLock> locks = client.boundLocks().list("o1", query);

    assertThat(locks).singleElement().satisfies(l -> {
      assertThat(l.id()).isEqualTo("l1");
      assertThat(l.title()).contains("Front door");
      assertThat(l.bindDate()).contains(Instant.parse("2018-12-12T12:00:00Z"));
      assertThat(l.description()).isEmpty();
    });
    assertThat(api(0).getMethod()).isEqualTo("GET");
    assertThat(api(0).getUrl().encodedPath()).isEqualTo("/api/v1/Owners/o1/BoundLocks");
    assertThat(api(0).getUrl().queryParameter("$filter")).isEqualTo("active eq true");
    assertThat(api(0).getUrl().queryParameter("$select")).isEqualTo("id,title");
    assertThat(api(0).getUrl().queryParameter("$top")).isEqualTo("5");
    assertThat(api(0).getUrl().queryParameter("$skip")).isEqualTo("10");
    assertThat(api(0).getHeaders().get("Authorization")).isEqualTo("Bearer at-1");
    assertThat(api(0).getHeaders().get("Accept-Language")).isNull();
  }

  @Test
  void getsReadOneEntity() {
    tapkey.api(json(200, "{\"id\":\"l1\",\"physicalLockId\":\"p1\"}"))
        .api(json(200, "{\"id\":\"c1\",\"identifier\":\"ann@example.com\",\"ipId\":\"tapkey\"}"))
        .api(json(200, "{\"id\":\"g1\",\"boundLockId\":\"l1\",\"contactId\":\"c1\",\"state\":\"Ok\",\"active\":true}"));

    assertThat(client.boundLocks().get("o1", "l1").physicalLockId()).contains("p1");
    assertThat(client.contacts().get("o1", "c1").identifier()).contains("ann@example.com");
    Grant grant = client.grants().get("o1", "g1");

    assertThat(grant.state()).contains("Ok");
    assertThat(grant.active()).isTrue();
    assertThat(tapkey.apiRequests).extracting(r -> r.getMethod() + " " + r.getTarget()).containsExactly(
        "GET /api/v1/Owners/o1/BoundLocks/l1", "GET /api/v1/Owners/o1/Contacts/c1", "GET /api/v1/Owners/o1/Grants/g1");
  }

  @Test
  void listsOfEveryResource() {
    tapkey.handler(r -> json(200, "[{\"id\":\"x\",\"isActive\":true,\"nofGrantsCapacity\":12}]"));
    assertThat(client.ownerAccounts().list()).extracting(OwnerAccount::id).containsExactly("x");
    assertThat(client.contacts().list("o1")).extracting(Contact::id).containsExactly("x");
    assertThat(client.grants().list("o1")).extracting(Grant::id).containsExactly("x");
    BoundCard card = client.boundCards().list("o1").get(0);
    assertThat(card.active()).isTrue();
    assertThat(card.grantsCapacity()).hasValue(12);
    assertThat(client.boundLocks().list("o1")).hasSize(1);
    assertThat(tapkey.apiRequests).extracting(RecordedRequest::getTarget).containsExactly("/api/v1/Owners",
        "/api/v1/Owners/o1/Contacts", "/api/v1/Owners/o1/Grants", "/api/v1/Owners/o1/BoundCards",
        "/api/v1/Owners/o1/BoundLocks");
  }

  @Test
  void createOrUpdateContactPutsItsJson() {
    tapkey.api(json(200, "{\"id\":\"c9\",\"identifier\":\"ann@example.com\",\"title\":\"Ann\"}"));
    Contact contact = client.contacts().createOrUpdate("o1",
        ContactRequest.builder("ann@example.com").title("Ann").comment("night shift").build());
    assertThat(contact.id()).isEqualTo("c9");
    assertThat(api(0).getMethod()).isEqualTo("PUT");
    assertThat(api(0).getTarget()).isEqualTo("/api/v1/Owners/o1/Contacts");
    assertThat(api(0).getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(body(api(0))).isEqualTo(
        "{\"ipId\":\"tapkey\",\"identifier\":\"ann@example.com\",\"title\":\"Ann\",\"comment\":\"night shift\"}");
  }

  @Test
  void createGrantPutsItsJsonAndRevokePosts() {
    tapkey.api(json(200, "{\"id\":\"g7\",\"boundLockId\":\"l1\"}")).api(new MockResponse.Builder().code(204).build());
    Grant grant = client.grants().create("o1", GrantRequest.builder("l1").contactIdentifier("ann@example.com")
        .validFrom(Instant.parse("2026-12-01T08:00:00Z")).validBefore(Instant.parse("2026-12-02T08:00:00Z"))
        .timeRestrictionIcal("BEGIN:VCALENDAR\r\nEND:VCALENDAR").build());
    client.grants().revoke("o1", "g7");

    assertThat(grant.id()).isEqualTo("g7");
    assertThat(api(0).getMethod() + " " + api(0).getTarget()).isEqualTo("PUT /api/v1/Owners/o1/Grants");
    assertThat(body(api(0))).isEqualTo("{\"boundLockId\":\"l1\",\"contact\":{\"ipId\":\"tapkey\",\"identifier\":"
        + "\"ann@example.com\"},\"validFrom\":\"2026-12-01T08:00:00Z\",\"validBefore\":\"2026-12-02T08:00:00Z\","
        + "\"timeRestrictionIcal\":\"BEGIN:VCALENDAR\\r\\nEND:VCALENDAR\"}");
    assertThat(api(1).getMethod() + " " + api(1).getTarget()).isEqualTo("POST /api/v1/Owners/o1/Grants/g7/Revoke");
  }

  @Test
  void grantRequestsNeedExactlyOneGrantee() {
    assertThatThrownBy(() -> GrantRequest.builder("l1").validFrom(Instant.EPOCH).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GrantRequest.builder("l1").contactId("c").boundCardId("b").validFrom(Instant.EPOCH)
        .build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.grants().get("o1", "../x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDuplicateGrantIsTypedWithTheUserMessageInTheRequestedLanguage() {
    tapkey.handler(request -> {
      String language = request.getHeaders().get("Accept-Language");
      String user = language != null && language.startsWith("de")
          ? "Für dieses Schloss und diesen Benutzer gibt es bereits eine Berechtigung."
          : "There is already a grant for this lock and user.";
      return json(400, "{\"ErrorCode\":\"Duplicate\",\"ErrorMessage\":\"only one grant allowed per lock and "
          + "user/card\",\"ErrorDetails\":\"\",\"UserErrorMessage\":\"" + user + "\"}");
    });
    GrantRequest grant = GrantRequest.builder("l1").contactId("c1").validFrom(Instant.EPOCH).build();
    TapkeyClient german = builder().acceptLanguage("de-AT, de;q=0.9").build();

    assertThatThrownBy(() -> german.grants().create("o1", grant))
        .isExactlyInstanceOf(TapkeyException.class)
        .satisfies(thrown -> {
          TapkeyException e = (TapkeyException) thrown;
          assertThat(e.errorCode()).contains(TapkeyErrorCode.DUPLICATE);
          assertThat(e.code()).contains(TapkeyErrorCode.DUPLICATE);
          assertThat(e.status()).isEqualTo(TapkeyHttpStatus.BAD_REQUEST);
          assertThat(e.status().statusName()).contains("BadRequest");
          assertThat(e.category()).isEqualTo(ErrorCategory.CONFLICT);
          assertThat(e.remedies()).isEqualTo(TapkeyErrorCode.DUPLICATE.remedies());
          assertThat(e.getMessage()).contains("Duplicate", "only one grant allowed per lock and user/card",
              TapkeyErrorCode.DUPLICATE.remedies().get(0).text());
          assertThat(TapkeyErrorCode.DUPLICATE.description())
              .isEqualTo("Indicates an operation trying to create a duplicate grant per lock and user.");
          assertThat(e.errorMessage()).contains("only one grant allowed per lock and user/card");
          assertThat(e.errorDetails()).isEmpty();
          assertThat(e.userErrorMessage()).contains("Für dieses Schloss und diesen Benutzer gibt es bereits eine "
              + "Berechtigung.");
        });
    assertThatThrownBy(() -> client.grants().create("o1", grant)).isInstanceOfSatisfying(TapkeyException.class,
        e -> assertThat(e.userErrorMessage()).contains("There is already a grant for this lock and user."));
    // A write is sent once, never retried.
    assertThat(tapkey.apiRequests).hasSize(2);
    assertThat(api(0).getHeaders().get("Accept-Language")).isEqualTo("de-AT, de;q=0.9");
  }

  @Test
  void thePerCallLanguageWinsOverTheClientsAndNeverLeaksToOtherCalls() {
    tapkey.handler(request -> request.getUrl().encodedPath().endsWith("/Grants")
        && request.getMethod().equals("GET") ? json(200, "[{\"id\":\"g1\"},{\"id\":\"g2\"}]")
        : json(200, "{\"id\":\"x\"}"));
    TapkeyClient german = builder().acceptLanguage("de").build();
    RequestOptions english = RequestOptions.builder().header("Accept-Language", "en-GB")
        .header("X-Trace", "t-1").build();

    german.grants().get("o1", "g1", english);
    german.grants().get("o1", "g1");
    german.grants().stream("o1", ODataQuery.builder().pageSize(1).build(), english).limit(2)
        .forEach(g -> german.boundLocks().get("o1", "l1"));
    client.contacts().get("o1", "c1", english);
    client.contacts().get("o1", "c1");

    assertThat(tapkey.apiRequests).extracting(r -> r.getHeaders().get("Accept-Language") + " " + r.getHeaders()
        .get("X-Trace")).containsExactly("en-GB t-1", "de null", "en-GB t-1", "de null", "en-GB t-1",
            "de null", "en-GB t-1", "null null");
    // The header is set once, never appended beside the client's.
    assertThat(api(0).getHeaders().values("Accept-Language")).containsExactly("en-GB");
  }

  @Test
  void aPerCallRetryPolicyOverridesTheClients() {
    tapkey.api(json(503, "{}")).api(json(200, "{\"id\":\"g1\"}"));
    assertThatThrownBy(() -> client.grants().get("o1", "g1",
        RequestOptions.builder().retryPolicy(RetryPolicy.none()).build())).isInstanceOf(TapkeyException.class);
    assertThat(tapkey.apiRequests).hasSize(1);
  }

  @Test
  void anUnknownErrorCodeIsKeptWithTheStatusCategory() {
    tapkey.api(json(402, "{\"ErrorCode\":\"BrandNewCode\",\"ErrorMessage\":\"new\"}"));
    assertThatThrownBy(() -> client.grants().create("o1", GrantRequest.builder("l1").contactId("c1")
        .validFrom(Instant.EPOCH).build())).isInstanceOfSatisfying(TapkeyException.class, e -> {
          assertThat(e.errorCode()).contains(TapkeyErrorCode.UNKNOWN_TO_SDK_VERSION);
          assertThat(e.rawCode()).isEqualTo("BrandNewCode");
          assertThat(e.status()).isEqualTo(TapkeyHttpStatus.PAYMENT_REQUIRED);
          assertThat(e.category()).isEqualTo(ErrorCategory.SUBSCRIPTION);
          assertThat(e.remedies()).isEqualTo(TapkeyErrorCode.UNKNOWN_TO_SDK_VERSION.remedies());
        });
  }

  @Test
  void bodiesThatAreNotTapkeyJsonAreTypedFromTheStatus() {
    tapkey.api(new MockResponse.Builder().code(404).build())
        .api(new MockResponse.Builder().code(403).addHeader("Content-Type", "text/html")
            .body("<html><body>Forbidden</body></html>").build())
        .api(json(418, "[1,2]"));

    assertThatThrownBy(() -> client.boundLocks().get("o1", "nope")).isInstanceOfSatisfying(TapkeyException.class,
        e -> {
          assertThat(e.status()).isEqualTo(TapkeyHttpStatus.NOT_FOUND);
          assertThat(e.code()).contains(TapkeyHttpStatus.NOT_FOUND);
          assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
          assertThat(e.errorCode()).isEmpty();
          assertThat(e.remedies()).isEqualTo(TapkeyHttpStatus.NOT_FOUND.remedies());
          assertThat(e.getMessage()).contains("empty body");
        });
    assertThatThrownBy(() -> client.boundLocks().list("o1")).isInstanceOfSatisfying(TapkeyException.class,
        e -> {
          assertThat(e.status()).isEqualTo(TapkeyHttpStatus.FORBIDDEN);
          assertThat(e.category()).isEqualTo(ErrorCategory.AUTHORIZATION);
          assertThat(e.getMessage()).contains("text/html");
        });
    assertThatThrownBy(() -> client.boundLocks().list("o1")).isInstanceOfSatisfying(TapkeyException.class,
        e -> {
          assertThat(e.status()).isEqualTo(TapkeyHttpStatus.UNKNOWN_TO_SDK_VERSION);
          assertThat(e.httpStatus()).hasValue(418);
        });
  }

  @Test
  void readsAreRetriedOnAServerErrorAndWritesAreNot() {
    tapkey.handler(r -> new MockResponse.Builder().code(500).addHeader("Content-Type", "text/html")
        .body("<h1>oops</h1>").build());
    assertThatThrownBy(() -> client.ownerAccounts().list()).isInstanceOfSatisfying(TapkeyException.class, e -> {
      assertThat(e.status()).isEqualTo(TapkeyHttpStatus.INTERNAL_SERVER_ERROR);
      assertThat(e.attempts()).isEqualTo(RetryPolicy.defaults().maxAttempts());
    });
    int reads = tapkey.apiRequests.size();
    assertThat(reads).isEqualTo(RetryPolicy.defaults().maxAttempts()).isGreaterThan(1);
    assertThatThrownBy(() -> client.grants().revoke("o1", "g1")).isInstanceOf(TapkeyException.class);
    assertThat(tapkey.apiRequests).hasSize(reads + 1);
  }

  @Test
  void aListThatIsNotAnArrayIsAResponseException() {
    tapkey.api(json(200, "{\"value\":[]}"));
    assertThatThrownBy(() -> client.grants().list("o1")).isInstanceOfSatisfying(LatchkeyResponseException.class,
        e -> assertThat(e.problem()).isEqualTo(LatchkeyResponseException.Problem.WRONG_SHAPE));
  }

  // --- lazy paging ---

  private void serveGrants(int total) {
    tapkey.handler(request -> {
      int skip = Integer.parseInt(request.getUrl().queryParameter("$skip"));
      int top = Integer.parseInt(request.getUrl().queryParameter("$top"));
      String items = IntStream.range(skip, Math.min(total, skip + top))
          .mapToObj(i -> "{\"id\":\"g" + i + "\"}").collect(Collectors.joining(","));
      return json(200, "[" + items + "]");
    });
  }

  @Test
  void aStreamFetchesOnlyThePagesConsumed() {
    serveGrants(100);
    Iterator<Grant> grants = client.grants().stream("o1", ODataQuery.builder().pageSize(3).build()).iterator();
    assertThat(tapkey.apiRequests).isEmpty();

    List<String> firstFour = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      firstFour.add(grants.next().id());
    }

    assertThat(firstFour).containsExactly("g0", "g1", "g2", "g3");
    assertThat(tapkey.apiRequests).extracting(TapkeyClientCallsTest::query)
        .containsExactly("$top=3&$skip=0", "$top=3&$skip=3");
  }

  @Test
  void aStreamStopsAtAShortPage() {
    serveGrants(7);
    List<String> ids = client.grants().stream("o1", ODataQuery.builder().filter("active eq true").pageSize(3).build())
        .map(Grant::id).toList();
    assertThat(ids).hasSize(7).startsWith("g0").endsWith("g6");
    assertThat(tapkey.apiRequests).extracting(r -> r.getUrl().queryParameter("$skip")).containsExactly("0", "3", "6");
    assertThat(tapkey.apiRequests).allSatisfy(r -> assertThat(r.getUrl().queryParameter("$filter"))
        .isEqualTo("active eq true"));
  }

  @Test
  void aStreamHonoursSkipAndTopAsItsWindow() {
    serveGrants(100);
    List<String> ids = client.grants().stream("o1", ODataQuery.builder().skip(10).top(5).pageSize(2).build())
        .map(Grant::id).toList();
    assertThat(ids).containsExactly("g10", "g11", "g12", "g13", "g14");
    assertThat(tapkey.apiRequests).extracting(TapkeyClientCallsTest::query)
        .containsExactly("$top=2&$skip=10", "$top=2&$skip=12", "$top=1&$skip=14");
  }

  @Test
  void anExactMultipleOfThePageSizeEndsWithOneEmptyPage() {
    serveGrants(4);
    assertThat(client.boundCards().stream("o1", ODataQuery.builder().pageSize(2).build())).hasSize(4);
    assertThat(tapkey.apiRequests).hasSize(3);
  }

  @Test
  void queryValuesAreValidated() {
    assertThatThrownBy(() -> ODataQuery.builder().pageSize(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ODataQuery.builder().pageSize(ODataQuery.MAX_PAGE_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ODataQuery.builder().top(-1)).isInstanceOf(IllegalArgumentException.class);
    ODataQuery query = ODataQuery.builder().filter("x eq 1").top(3).build();
    assertThat(query.toBuilder().build()).isEqualTo(query);
    assertThat(ODataQuery.none().pageSize()).isEqualTo(ODataQuery.DEFAULT_PAGE_SIZE);
  }
}
