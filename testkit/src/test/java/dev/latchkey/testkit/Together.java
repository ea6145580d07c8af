package dev.latchkey.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a body on several threads released at once, for the thread-safety tests; a body's failure fails the test. */
final class Together {

  private Together() {
  }

  static void run(int threads, Runnable body) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(() -> {
          go.await();
          body.run();
          return null;
        }));
      }
      go.countDown();
      for (Future<?> thread : running) {
        thread.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
