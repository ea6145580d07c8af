package dev.latchkey.seam.fake;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Seam's own fake server, {@code @seamapi/fake-seam-connect} (installed under
 * {@code target/fake-seam-connect} by {@link FakeSeamConnectInstaller}), on 127.0.0.1 and a free port, seeded
 * with its test data. Where Node.js or the install is missing the calling test is skipped with the reason,
 * except under {@code CI=true}, where it fails.
 */
public final class FakeSeamConnect implements AutoCloseable {

  /** The API key the seeded fake accepts. */
  public static final String SEEDED_API_KEY = "seam_apikey1_token";
  /** A device the seeded fake has. */
  public static final String SEEDED_DEVICE = "august_device_1";

  private static final Path HOME = Path.of("target", "fake-seam-connect").toAbsolutePath();

  private final Process process;
  private final int port;

  private FakeSeamConnect(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the fake and waits until it accepts connections (at most 60 s). */
  public static FakeSeamConnect start() throws Exception {
    Path server = HOME.resolve("node_modules/@seamapi/fake-seam-connect/dist/server.js");
    Optional<Path> node = FakeSeamConnectInstaller.onPath(FakeSeamConnectInstaller.isWindows() ? "node.exe" : "node");
    if (node.isEmpty() || !Files.isRegularFile(server)) {
      String reason = node.isEmpty()
          ? "node is not on the PATH"
          : "@seamapi/fake-seam-connect is not installed in " + HOME + " (run the build: mvn verify)";
      if (FakeSeamConnectInstaller.isCi()) {
        Assertions.fail("CI=true and " + reason);
      }
      Assumptions.abort("Skipping the tests against Seam's fake server: " + reason);
    }
    int port = freePort();
    ProcessBuilder builder = new ProcessBuilder(
            node.get().toString(), "--require", HOME.resolve("loopback.cjs").toString(), server.toString(), "--seed")
        .directory(HOME.toFile())
        .redirectErrorStream(true)
        .redirectOutput(HOME.resolve("server.log").toFile());
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("NODE_ENV", "test");
    Process process = builder.start();
    FakeSeamConnect fake = new FakeSeamConnect(process, port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!fake.accepting()) {
      if (!process.isAlive()) {
        throw new IOException("the fake Seam server exited with " + process.exitValue() + "; see "
            + HOME.resolve("server.log"));
      }
      if (System.nanoTime() > deadline) {
        fake.close();
        throw new IOException("the fake Seam server did not listen within 60 s; see " + HOME.resolve("server.log"));
      }
      Thread.sleep(50);
    }
    return fake;
  }

  private boolean accepting() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The base URL, {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Stops the fake (SIGTERM, then forcibly after 10 s, or at once if this thread is interrupted). */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      // close() must not throw InterruptedException (try-with-resources would swallow it): keep the flag.
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
