package dev.latchkey.nuki;

import dev.latchkey.core.http.ApiRequest;
import java.util.List;

/** The smartlocks of the account ({@code /smartlock}). Reads only; retried on transient failures. */
public final class Smartlocks {

  private final NukiHttp http;

  Smartlocks(NukiHttp http) {
    this.http = http;
  }

  /**
   * Lists the smartlocks ({@code GET /smartlock}).
   *
   * @return the smartlocks
   * @throws NukiException when Nuki answers with an error (401: the token is wrong or revoked)
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an unreadable answer
   */
  public List<Smartlock> list() {
    return http.readList(ApiRequest.get("/smartlock"), Smartlock::fromJson);
  }

  /**
   * Gets one smartlock ({@code GET /smartlock/{smartlockId}}), with its server state and whether another
   * operation is in progress on it.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @return the smartlock
   * @throws NukiException when Nuki answers with an error (404: no such smartlock)
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an unreadable answer
   */
  public Smartlock get(long smartlockId) {
    return Smartlock.fromJson(http.read(ApiRequest.get("/smartlock/" + smartlockId)));
  }
}
