package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.json.JsonShape;
import dev.latchkey.core.json.JsonValue;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class VendorHttpTest {

  /** The smallest vendor request helper. */
  static final class AcmeHttp extends VendorHttp {
    AcmeHttp(HttpTransport transport) {
      super(transport, JsonShape.of("acme", "Acme"));
    }
  }

  @StartStop
  final MockWebServer server = new MockWebServer();

  private AcmeHttp http() {
    return new AcmeHttp(HttpTransport.builder().baseUrl(server.url("/").toString()).vendor("acme").build());
  }

  private void answer(String body) {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body)
        .build());
  }

  private static void assertWrongShape(Throwable thrown, String message) {
    assertThat(thrown).isInstanceOfSatisfying(LatchkeyResponseException.class, e -> {
      assertThat(e.problem()).isEqualTo(LatchkeyResponseException.Problem.WRONG_SHAPE);
      assertThat(e.category()).isEqualTo(ErrorCategory.UNEXPECTED_RESPONSE);
      assertThat(e.vendor()).isEqualTo("acme");
      assertThat(e.getMessage()).isEqualTo("acme: Unexpected response from Acme: " + message);
    });
  }

  @Test
  void aListIsEachItemConvertedInOrderAndUnmodifiable() {
    answer("[{\"id\":\"a\"},{\"id\":\"b\"}]");

    List<String> ids = http().list(ApiRequest.get("/locks").build(), item -> item.optString("id").orElseThrow());

    assertThat(ids).containsExactly("a", "b");
    assertThatThrownBy(() -> ids.add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aListAnswerThatIsNotAnArrayOrHasANonObjectItemIsTheWrongShapeWithoutItsValues() {
    answer("{\"secret\":\"pin-8642\"}");
    answer("[{\"id\":\"a\"},\"pin-8642\"]");
    AcmeHttp http = http();

    Throwable notArray = catchThrowable(
        () -> http.list(ApiRequest.get("/locks").build(), item -> item));
    Throwable notObject = catchThrowable(
        () -> http.list(ApiRequest.get("/locks").build(), item -> item));

    assertWrongShape(notArray, "the answer to /locks is not a JSON array");
    assertWrongShape(notObject, "an item of the answer to /locks is not a JSON object");
    assertThat(notArray.getMessage() + notObject.getMessage()).doesNotContain("8642");
  }

  @Test
  void anObjectAnswerMustBeAnObject() {
    answer("{\"id\":\"a\"}");
    answer("[1]");
    AcmeHttp http = http();

    assertThat(http.object(ApiRequest.get("/locks/a").build()).optString("id")).contains("a");
    assertWrongShape(catchThrowable(
        () -> http.object(ApiRequest.get("/locks/a").build())), "the answer to /locks/a is not a JSON object");
  }

  @Test
  void jsonOfAnyKindAndASentRequestReachTheServer() throws Exception {
    answer("[true]");
    server.enqueue(new MockResponse.Builder().code(204).build());
    AcmeHttp http = http();

    JsonValue any = http.json(ApiRequest.get("/anything").build());
    http.send(ApiRequest.builder("DELETE", "/locks/a").build());

    assertThat(any.isArray()).isTrue();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/anything");
    assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
  }
}
