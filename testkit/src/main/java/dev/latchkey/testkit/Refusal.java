package dev.latchkey.testkit;

import java.util.Objects;

/**
 * Thrown by a simulator's route, {@linkplain SimulatorServer.Builder#before before} check or
 * {@linkplain SimulatorServer.Builder#otherwise fallback} to end the request with a reply of the vendor's: an
 * unknown id or a missing parameter found deep inside a route is answered without passing the reply back up
 * through every helper. The {@linkplain SimulatorServer.Builder#after after} hook still sees the reply.
 *
 * <pre>{@code
 * Smartlock smartlock = smartlocks.get(id);
 * if (smartlock == null) {
 *   throw new Refusal(SimulatorReply.json(404, JsonValue.object().put("detailMessage", "not found").build()));
 * }
 * }</pre>
 *
 * <p>Carries no stack trace: it is control flow, not a bug report.
 */
public final class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SimulatorReply reply;

  /**
   * A refusal answered with this reply.
   *
   * @param reply the vendor's answer
   */
  public Refusal(SimulatorReply reply) {
    super(Objects.requireNonNull(reply, "reply").toString(), null, false, false);
    this.reply = reply;
  }

  /** {@return the reply the server sends} */
  public SimulatorReply reply() {
    return reply;
  }
}
