package dev.latchkey.benchmarks;

import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.core.http.ApiRequest;
import dev.latchkey.core.http.HttpTransport;
import dev.latchkey.core.http.RequestAuthenticator;
import dev.latchkey.core.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * (b) One JSON request and response through {@link HttpTransport}, against the same call made with raw
 * OkHttp + jackson-core's streaming parser. Both talk to the same loopback MockWebServer, which answers every
 * request with a fixed JSON device; both send the same headers and body and read every token of the response
 * (the transport into its immutable tree, the baseline into nothing but the device id).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TransportBenchmark {

  private static final String DEVICE_JSON = "{\"device_id\":\"8d2f6f8e-7c1a-4c0b-9a55-3f1b2c4d5e6f\","
      + "\"display_name\":\"Front door\",\"device_type\":\"august_lock\",\"online\":true,"
      + "\"workspace_id\":\"1d5e3c2b-0a9f-4e8d-b7c6-a5f4e3d2c1b0\",\"created_at\":\"2026-11-21T10:00:00.000Z\","
      + "\"properties\":{\"locked\":true,\"door_open\":false,\"battery_level\":0.87,\"name\":\"Front door\","
      + "\"manufacturer\":\"august\",\"serial_number\":\"00000004-992d-45a0-bea1-9128fdcd8d12\"},"
      + "\"capabilities\":[\"access_code\",\"lock\"],\"errors\":[],\"warnings\":[]}";
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Map<String, String> REQUEST_BODY = Map.of("device_id", "8d2f6f8e");

  private MockWebServer server;
  private HttpTransport transport;
  private OkHttpClient rawClient;
  private OkHttpClient rawClientWithoutCallTimeout;
  private JsonFactory rawFactory;
  private HttpUrl rawUrl;

  /** Starts the loopback server and both clients. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
            .body(DEVICE_JSON).build();
      }
    });
    // Without TCP_NODELAY, the server's separate header and body writes meet the client's delayed ACK and
    // every call waits ~40 ms, which would hide everything the benchmark is meant to compare.
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start(InetAddress.getLoopbackAddress(), 0);
    transport = HttpTransport.builder()
        .baseUrl(server.url("/").toString())
        .vendor("bench")
        .authenticator(RequestAuthenticator.bearer(Secret.of("bench-token-123")))
        .retryPolicy(RetryPolicy.defaults())
        .build();
    // The transport's default timeouts, so that both sides make the same call: OkHttp's whole-call timeout
    // arms a watchdog per call, which is part of what the transport does by default.
    rawClient = new OkHttpClient.Builder()
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .writeTimeout(30, TimeUnit.SECONDS)
        .callTimeout(60, TimeUnit.SECONDS)
        .build();
    rawClientWithoutCallTimeout = new OkHttpClient();
    rawFactory = new JsonFactory();
    rawUrl = server.url("/devices/get");
  }

  /** Server sockets whose accepted connections send small writes at once. */
  static final class NoDelayServerSocketFactory extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      ServerSocket socket = createServerSocket();
      socket.bind(new InetSocketAddress(port));
      return socket;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      ServerSocket socket = createServerSocket();
      socket.bind(new InetSocketAddress(port), backlog);
      return socket;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
      ServerSocket socket = createServerSocket();
      socket.bind(new InetSocketAddress(address, port), backlog);
      return socket;
    }
  }

  /** Stops the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
    rawClient.connectionPool().evictAll();
    rawClientWithoutCallTimeout.connectionPool().evictAll();
  }

  /** The call through Latchkey's transport (retry-safe, so the retry machinery is in the path). */
  @Benchmark
  public JsonValue transport() {
    return transport.sendJson(
        ApiRequest.post("/devices/get").jsonBody(REQUEST_BODY).retrySafe(true).build());
  }

  /** The same call with OkHttp and jackson-core's streaming parser directly: the baseline. */
  @Benchmark
  public String rawOkHttpJackson() throws IOException {
    return raw(rawClient);
  }

  /** Diagnostic, not a target: the raw call on a client without a whole-call timeout (OkHttp's default). */
  @Benchmark
  public String rawOkHttpJacksonNoCallTimeout() throws IOException {
    return raw(rawClientWithoutCallTimeout);
  }

  private String raw(OkHttpClient client) throws IOException {
    Request request = new Request.Builder()
        .url(rawUrl)
        .header("Authorization", "Bearer bench-token-123")
        .header("User-Agent", "latchkey-java/bench")
        .header("Accept", "application/json")
        .post(RequestBody.create(rawBody(), JSON))
        .build();
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return rawDeviceId(response.body().bytes());
    }
  }

  private byte[] rawBody() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64);
    try (JsonGenerator generator = rawFactory.createGenerator(ObjectWriteContext.empty(), out)) {
      generator.writeStartObject();
      for (Map.Entry<String, String> entry : REQUEST_BODY.entrySet()) {
        generator.writeStringProperty(entry.getKey(), entry.getValue());
      }
      generator.writeEndObject();
    }
    return out.toByteArray();
  }

  /** Reads every token, as a hand-written reader would, keeping only the top-level device id. */
  private String rawDeviceId(byte[] body) {
    String deviceId = null;
    try (JsonParser parser = rawFactory.createParser(ObjectReadContext.empty(), body)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING && parser.streamReadContext().getNestingDepth() == 1
            && "device_id".equals(parser.currentName())) {
          deviceId = parser.getString();
        }
      }
    }
    return deviceId;
  }
}
