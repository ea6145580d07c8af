package dev.latchkey.testkit.nuki;

import dev.latchkey.core.json.JsonValue;
import dev.latchkey.testkit.SimulatorReply;
import java.util.Objects;

/**
 * The error answers Nuki's Web API is known to send, as replies for {@link NukiSimulator#failNext}: Restlet's
 * {@code {"detailMessage": ...}}, Restlet's status form {@code {code, description, reasonPhrase, uri}}, an HTML
 * page from the nginx in front of the API, or an empty body. The simulator answers its own refusals with them.
 */
public final class NukiErrorBody {

  private NukiErrorBody() {
  }

  /**
   * {@code {"detailMessage": message}} with a JSON content type, as Nuki answers a bad token (401) or a busy
   * lock (423).
   *
   * @param status the HTTP status
   * @param message the detail message
   * @return the reply
   */
  public static SimulatorReply detailMessage(int status, String message) {
    Objects.requireNonNull(message, "message");
    return SimulatorReply.json(status, JsonValue.object().put("detailMessage", message)
        .put("stackTrace", JsonValue.array()).put("suppressedExceptions", JsonValue.array()).build());
  }

  /**
   * Restlet's status form {@code {code, description, reasonPhrase, uri}}, as seen with 422.
   *
   * @param status the HTTP status, also the body's {@code code}
   * @param reasonPhrase the reason phrase, such as {@code Unprocessable Entity}
   * @param description what went wrong
   * @return the reply
   */
  public static SimulatorReply restlet(int status, String reasonPhrase, String description) {
    Objects.requireNonNull(reasonPhrase, "reasonPhrase");
    Objects.requireNonNull(description, "description");
    return SimulatorReply.json(status, JsonValue.object().put("code", status)
        .put("description", description).put("reasonPhrase", reasonPhrase)
        .put("uri", "https://tools.ietf.org/html/rfc4918#section-11.2").build());
  }

  /**
   * An HTML page from the nginx in front of the API, such as a transient 502.
   *
   * @param status the HTTP status
   * @param title the page's title, such as {@code 502 Bad Gateway}
   * @return the reply
   */
  public static SimulatorReply nginxHtml(int status, String title) {
    Objects.requireNonNull(title, "title");
    return SimulatorReply.html(status, "<html>\r\n<head><title>" + title
        + "</title></head>\r\n<body>\r\n<center><h1>" + title + "</h1></center>\r\n<hr><center>nginx</center>\r\n"
        + "</body>\r\n</html>\r\n");
  }

  /**
   * A status with an empty body.
   *
   * @param status the HTTP status
   * @return the reply
   */
  public static SimulatorReply empty(int status) {
    return SimulatorReply.empty(status);
  }
}
