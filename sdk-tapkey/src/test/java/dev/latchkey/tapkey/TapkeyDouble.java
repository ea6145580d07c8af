package dev.latchkey.tapkey;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer dispatcher playing Tapkey: {@code POST /connect/token} answers the queued token responses
 * (else a fresh {@code at-N} token valid for an hour), anything else the queued API responses or the handler.
 * Records both kinds of request.
 */
final class TapkeyDouble extends Dispatcher {
  static final String TOKEN_PATH = "/connect/token";

  final List<RecordedRequest> tokenRequests = Collections.synchronizedList(new ArrayList<>());
  final List<RecordedRequest> apiRequests = Collections.synchronizedList(new ArrayList<>());
  private final Deque<MockResponse> tokenResponses = new ArrayDeque<>();
  private final Deque<MockResponse> apiResponses = new ArrayDeque<>();
  private Function<RecordedRequest, MockResponse> handler;
  private int issued;

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse token(String accessToken, long expiresIn, String refreshToken) {
    return json(200, "{\"access_token\":\"" + accessToken + "\",\"expires_in\":" + expiresIn
        + ",\"token_type\":\"Bearer\"" + (refreshToken == null ? "" : ",\"refresh_token\":\"" + refreshToken + "\"")
        + ",\"scope\":\"read:grants\"}");
  }

  synchronized TapkeyDouble tokenResponse(MockResponse response) {
    tokenResponses.add(response);
    return this;
  }

  synchronized TapkeyDouble api(MockResponse response) {
    apiResponses.add(response);
    return this;
  }

  synchronized TapkeyDouble handler(Function<RecordedRequest, MockResponse> handler) {
    this.handler = handler;
    return this;
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    if (request.getUrl().encodedPath().equals(TOKEN_PATH)) {
      tokenRequests.add(request);
      MockResponse queued = tokenResponses.poll();
      return queued != null ? queued : token("at-" + (++issued), 3600, null);
    }
    apiRequests.add(request);
    MockResponse queued = apiResponses.poll();
    if (queued != null) {
      return queued;
    }
    return handler != null ? handler.apply(request) : json(599, "{\"ErrorMessage\":\"no response queued\"}");
  }

  static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().utf8();
  }
}
