package dev.latchkey.nuki;

import static dev.latchkey.nuki.NukiClientMockWebServerTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.RemedySource;
import dev.latchkey.nuki.operation.NukiOperationFailedException;
import dev.latchkey.nuki.operation.OperationResult;
import dev.latchkey.nuki.operation.SmartlockResult;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NukiErrorDecodingTest {

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private NukiClient client;

  @BeforeEach
  void build() {
    client = NukiClient.builder().baseUrl(server.url("/").toString()).apiToken("tok-err-1")
        .environment(name -> null).retryPolicy(RetryPolicy.none()).build();
  }

  private NukiException unlockFails(MockResponse response) {
    server.enqueue(response);
    return catchThrowableOfType(NukiException.class, () -> client.actions().unlock(11));
  }

  private static MockResponse html(int status, String title) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "text/html")
        .body("<html>\r\n<head><title>" + title + "</title></head>\r\n<body><center><h1>" + title
            + "</h1></center><hr><center>nginx</center></body></html>").build();
  }

  @Test
  void detailMessageBodies() {
    NukiException e = unlockFails(json(401, "{\"detailMessage\":\"Your access token is not authorized\","
        + "\"stackTrace\":[],\"suppressedExceptions\":[]}"));
    assertThat(e.status()).contains(NukiHttpStatus.UNAUTHORIZED);
    assertThat(e.rawStatus()).isEqualTo(401);
    assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
    assertThat(e.retryable()).isFalse();
    assertThat(e.getMessage()).contains("Your access token is not authorized").contains("POST /smartlock/11/action")
        .contains("password change");
    assertThat(e.remedies().get(0).source()).isEqualTo(RemedySource.LATCHKEY);
  }

  @Test
  void restletStatusBodies() {
    NukiException e = unlockFails(json(422, "{\"code\":422,\"description\":\"The server understands the content "
        + "type of the request entity\",\"homeRef\":\"/\",\"reasonPhrase\":\"Unprocessable Entity\","
        + "\"uri\":\"http://tools.ietf.org/html/rfc4918#section-11.2\"}"));
    assertThat(e.status()).contains(NukiHttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(e.getMessage()).contains("The server understands the content type");
    NukiException phraseOnly = unlockFails(json(409, "{\"code\":409,\"reasonPhrase\":\"Conflict\"}"));
    assertThat(phraseOnly.status()).contains(NukiHttpStatus.CONFLICT);
    assertThat(phraseOnly.category()).isEqualTo(ErrorCategory.CONFLICT);
    assertThat(phraseOnly.getMessage()).contains("Conflict").contains("keypad code");
  }

  @Test
  void lockedMeansBusyAndRetryLater() {
    NukiException e = unlockFails(json(423, "{\"detailMessage\":\"locked for another operation\"}"));
    assertThat(e.isLocked()).isTrue();
    assertThat(e.status()).contains(NukiHttpStatus.LOCKED);
    assertThat(e.category()).isEqualTo(ErrorCategory.DEVICE_BUSY);
    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).contains("busy with another operation");
  }

  @Test
  void everyDocumentedStatusIsTyped() {
    int[] statuses = {400, 401, 403, 404, 405, 409, 422, 423, 426, 429, 500, 502, 503};
    for (int status : statuses) {
      NukiException e = unlockFails(json(status, ""));
      assertThat(e.status()).contains(NukiHttpStatus.fromStatus(status));
      assertThat(e.status().orElseThrow().isKnown()).as("status %s", status).isTrue();
      assertThat(e.remedies()).as("remedies of %s", status).isNotEmpty();
      assertThat(e.getMessage()).contains("empty body");
      assertThat(e.retryable()).as("retryable %s", status)
          .isEqualTo(status == 423 || status == 429 || status >= 500);
    }
  }

  @Test
  void htmlFromTheGatewayKeepsItsTitle() {
    NukiException e = unlockFails(html(502, "502 Bad Gateway"));
    assertThat(e.status()).contains(NukiHttpStatus.BAD_GATEWAY);
    assertThat(e.getMessage()).contains("HTML page from the gateway '502 Bad Gateway'").doesNotContain("<center>");
    assertThat(e.retryable()).isTrue();
    NukiException internal = unlockFails(html(500, "500 Internal Server Error"));
    assertThat(internal.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
  }

  @Test
  void unknownStatusesAreKept() {
    NukiException gateway = unlockFails(html(504, "504 Gateway Time-out"));
    assertThat(gateway.status()).contains(NukiHttpStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(gateway.rawStatus()).isEqualTo(504);
    assertThat(gateway.rawCode()).isEqualTo("504");
    // Unknown statuses take sdk-core's one status table: a gateway time-out is a network problem.
    assertThat(gateway.category()).isEqualTo(ErrorCategory.NETWORK);
    assertThat(gateway.retryable()).isTrue();
    NukiException teapot = unlockFails(new MockResponse.Builder().code(418).body("short and stout").build());
    assertThat(teapot.rawStatus()).isEqualTo(418);
    assertThat(teapot.retryable()).isFalse();
    assertThat(teapot.getMessage()).contains("HTTP 418").contains("short and stout");
  }

  @Test
  void anOperationFailureIsANukiExceptionWithoutAStatus() {
    NukiException failed = new NukiOperationFailedException(OperationResult.builder("r", "AuthCreation")
        .success(false).smartlock(SmartlockResult.failure(1, "ff")).build());
    assertThat(failed.status()).isEmpty();
    assertThat(failed.rawStatus()).isEqualTo(-1);
    assertThat(failed.isLocked()).isFalse();
  }
}
