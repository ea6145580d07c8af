package dev.latchkey.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP/1.1 server on a raw socket on 127.0.0.1, for answers MockWebServer cannot give: invalid framing,
 * connections that die after the request was read, bytes written exactly as the test says.
 */
final class RawServer implements AutoCloseable {

  /** What the server does with one accepted connection. */
  @FunctionalInterface
  interface Handler {
    void handle(Connection connection) throws IOException, InterruptedException;
  }

  /** A request the server read: request line, headers (lower-case names) and body. */
  record RequestHead(String method, String path, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** One accepted connection. */
  final class Connection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
      this.out = socket.getOutputStream();
    }

    /** Reads one request head and its Content-Length body; null when the client closed the connection. */
    RequestHead read() throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int lastFour = 0;
      while (lastFour != 0x0D0A0D0A) {
        int b = in.read();
        if (b < 0) {
          return null;
        }
        head.write(b);
        lastFour = (lastFour << 8) | b;
        if (head.size() > 64 * 1024) {
          throw new IOException("request head too long");
        }
      }
      String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
      String[] requestLine = lines[0].split(" ");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
      }
      RequestHead request = new RequestHead(requestLine[0], requestLine.length > 1 ? requestLine[1] : "", headers,
          new byte[0]);
      heads.add(request);
      String length = headers.get("content-length");
      byte[] body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
      return new RequestHead(request.method(), request.path(), headers, body);
    }

    /** Writes bytes as they are and flushes. */
    void write(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
    }

    /** Writes text (ISO-8859-1) as it is and flushes. */
    void write(String text) throws IOException {
      write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Closes the connection abruptly. */
    void close() throws IOException {
      socket.close();
    }
  }

  private final ServerSocket serverSocket;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "raw-server");
    t.setDaemon(true);
    return t;
  });
  private final List<RequestHead> heads = new CopyOnWriteArrayList<>();
  private final List<Throwable> handlerErrors = new CopyOnWriteArrayList<>();

  RawServer(Handler handler) throws IOException {
    serverSocket = new ServerSocket(0, 100, InetAddress.getByName("127.0.0.1"));
    threads.execute(() -> {
      while (!serverSocket.isClosed()) {
        Socket socket;
        try {
          socket = serverSocket.accept();
        } catch (IOException closed) {
          return;
        }
        threads.execute(() -> {
          try (socket) {
            handler.handle(new Connection(socket));
          } catch (SocketException clientWentAway) {
            // The client closing its end mid-answer is one of the behaviours under test.
          } catch (IOException | InterruptedException | RuntimeException e) {
            handlerErrors.add(e);
          }
        });
      }
    });
  }

  /** The base URL, {@code http://127.0.0.1:<port>/}. */
  String url() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort() + "/";
  }

  /** Every request head read so far, in order. */
  List<RequestHead> heads() {
    return new ArrayList<>(heads);
  }

  /** The number of request heads read with this method and path. */
  long count(String method, String path) {
    return heads.stream().filter(h -> h.method().equals(method) && h.path().equals(path)).count();
  }

  /** Errors the handlers threw other than the client going away (a broken test server). */
  List<Throwable> handlerErrors() {
    return List.copyOf(handlerErrors);
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      // Closing must not throw InterruptedException (try-with-resources lint): keep the flag for the caller.
      Thread.currentThread().interrupt();
    }
  }
}
