package dev.latchkey.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestQueueTest {

  private static SimulatorRequest request(String method, String path) {
    return new SimulatorRequest(1, method, path, null, Map.of(), "", Map.of());
  }

  @Test
  void anItemIsUsedItsTimesThenForgotten() {
    RequestQueue<String> queue = new RequestQueue<>();
    queue.add("busy", 2, request -> true);

    assertThat(queue.take(request("GET", "/a"))).contains("busy");
    assertThat(queue.take(request("GET", "/b"))).contains("busy");
    assertThat(queue.take(request("GET", "/c"))).isEmpty();
  }

  @Test
  void itemsAreTakenInQueueOrderAndOthersPassThemBy() {
    RequestQueue<String> queue = new RequestQueue<>();
    queue.add("token down", 1, request -> request.path().equals("/oauth/token"));
    queue.add("any", 1, request -> true);

    assertThat(queue.take(request("GET", "/smartlock"))).contains("any");
    assertThat(queue.take(request("GET", "/smartlock"))).isEmpty();
    assertThat(queue.take(request("POST", "/oauth/token"))).contains("token down");
  }

  @Test
  void clearForgetsWhatIsLeft() {
    RequestQueue<String> queue = new RequestQueue<>();
    queue.add("x", 5, request -> true);
    queue.take(request("GET", "/"));

    queue.clear();

    assertThat(queue.take(request("GET", "/"))).isEmpty();
  }

  @Test
  void refusesLessThanOneUseAndNulls() {
    RequestQueue<String> queue = new RequestQueue<>();

    assertThatThrownBy(() -> queue.add("x", 0, request -> true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("times");
    assertThatThrownBy(() -> queue.add(null, 1, request -> true)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> queue.add("x", 1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void threadsTakingAtOnceUseEachItemExactlyItsTimes() throws Exception {
    RequestQueue<String> queue = new RequestQueue<>();
    queue.add("a", 500, request -> true);
    queue.add("b", 300, request -> true);
    AtomicInteger a = new AtomicInteger();
    AtomicInteger b = new AtomicInteger();
    AtomicInteger none = new AtomicInteger();

    Together.run(8, () -> {
      for (int i = 0; i < 125; i++) {
        String taken = queue.take(request("GET", "/")).orElse("");
        (taken.equals("a") ? a : taken.equals("b") ? b : none).incrementAndGet();
      }
    });

    assertThat(a).hasValue(500);
    assertThat(b).hasValue(300);
    assertThat(none).hasValue(200);
  }
}
