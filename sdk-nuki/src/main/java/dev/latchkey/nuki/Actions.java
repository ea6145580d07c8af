package dev.latchkey.nuki;

import dev.latchkey.core.http.ApiRequest;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.nuki.operation.PendingOperation;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Actions on smart locks and openers ({@code POST /smartlock/{smartlockId}/action} and its advanced variant).
 *
 * <p><b>A plain action answers {@code 204 No Content}, which means <em>accepted</em>, not done.</b> When
 * {@link #unlock(long)} returns, Nuki has taken the command; the lock may still be offline, busy, jammed, or
 * carry it out seconds later, and nothing tells the caller. Use the {@code ...Advanced} variants, which return
 * a {@link PendingOperation} that completes with the lock's result (or a typed byte error such as {@code ff},
 * the lock being offline) once its webhook arrives.
 *
 * <p>Actions are writes: each is sent exactly once and never retried, even after a 5xx or a dropped
 * connection (the command may have reached the lock). {@code 423 Locked} means the smartlock is busy with
 * another operation ({@link Smartlock#isBusy()}): retry later.
 */
public final class Actions {

  private final NukiHttp http;

  Actions(NukiHttp http) {
    this.http = http;
  }

  /**
   * Unlocks a smart lock; answers when Nuki has accepted the command, not when the lock has unlocked (see the
   * class comment). Prefer {@link #unlockAdvanced(long)}.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @throws NukiException when Nuki refuses the command (423: busy; 404: unknown smartlock)
   * @throws dev.latchkey.core.LatchkeyException on a network failure (the command may have been accepted)
   */
  public void unlock(long smartlockId) {
    perform(smartlockId, NukiLockAction.UNLOCK, Set.of());
  }

  /**
   * Locks a smart lock; answers when Nuki has accepted the command, not when the lock has locked. Prefer
   * {@link #lockAdvanced(long)}.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @throws NukiException when Nuki refuses the command
   * @throws dev.latchkey.core.LatchkeyException on a network failure (the command may have been accepted)
   */
  public void lock(long smartlockId) {
    perform(smartlockId, NukiLockAction.LOCK, Set.of());
  }

  /**
   * Unlatches (opens) a smart lock; answers when Nuki has accepted the command, not when the door is open.
   * Prefer {@link #unlatchAdvanced(long)}.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @throws NukiException when Nuki refuses the command
   * @throws dev.latchkey.core.LatchkeyException on a network failure (the command may have been accepted)
   */
  public void unlatch(long smartlockId) {
    perform(smartlockId, NukiLockAction.UNLATCH, Set.of());
  }

  /**
   * Lock 'n' go: unlocks, then locks again after a delay; answers when Nuki has accepted the command. Prefer
   * {@link #lockNGoAdvanced(long)}.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @throws NukiException when Nuki refuses the command
   * @throws dev.latchkey.core.LatchkeyException on a network failure (the command may have been accepted)
   */
  public void lockNGo(long smartlockId) {
    perform(smartlockId, NukiLockAction.LOCK_N_GO, Set.of());
  }

  /**
   * Lock 'n' go with unlatch; answers when Nuki has accepted the command. Prefer
   * {@link #lockNGoWithUnlatchAdvanced(long)}.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @throws NukiException when Nuki refuses the command
   * @throws dev.latchkey.core.LatchkeyException on a network failure (the command may have been accepted)
   */
  public void lockNGoWithUnlatch(long smartlockId) {
    perform(smartlockId, NukiLockAction.LOCK_N_GO_WITH_UNLATCH, Set.of());
  }

  /**
   * Performs a smart lock action with options; answers {@code 204} when Nuki has <em>accepted</em> it, not
   * when the lock has done it. Prefer {@link #performAdvanced(long, NukiLockAction, Set)}.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @param action the action; not {@code UNKNOWN_TO_SDK_VERSION}
   * @param options the option flags ({@link NukiActionOption#FORCE}, {@link NukiActionOption#FULL_LOCK});
   *     empty for none
   * @throws NukiException when Nuki refuses the command
   * @throws dev.latchkey.core.LatchkeyException on a network failure (the command may have been accepted)
   * @throws IllegalArgumentException when the action or an option is {@code UNKNOWN_TO_SDK_VERSION}
   */
  public void perform(long smartlockId, NukiLockAction action, Set<NukiActionOption> options) {
    http.write(request(smartlockId, false, code(action.byteValue(), action.isKnown()), options));
  }

  /**
   * Performs an opener action; answers {@code 204} when Nuki has <em>accepted</em> it, not when the opener
   * has done it. Prefer {@link #performAdvanced(long, NukiOpenerAction)}.
   *
   * @param smartlockId Nuki's id of the opener
   * @param action the action; not {@code UNKNOWN_TO_SDK_VERSION}
   * @throws NukiException when Nuki refuses the command
   * @throws dev.latchkey.core.LatchkeyException on a network failure (the command may have been accepted)
   * @throws IllegalArgumentException when the action is {@code UNKNOWN_TO_SDK_VERSION}
   */
  public void perform(long smartlockId, NukiOpenerAction action) {
    http.write(request(smartlockId, false, code(action.byteValue(), action.isKnown()), Set.of()));
  }

  /**
   * Unlocks a smart lock and returns the pending operation, which completes when the lock reports.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @return the pending operation, registered with the client's dispatcher
   * @throws NukiException when Nuki refuses the command
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an answer without a request id
   */
  public PendingOperation unlockAdvanced(long smartlockId) {
    return performAdvanced(smartlockId, NukiLockAction.UNLOCK, Set.of());
  }

  /**
   * Locks a smart lock and returns the pending operation, which completes when the lock reports.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @return the pending operation, registered with the client's dispatcher
   * @throws NukiException when Nuki refuses the command
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an answer without a request id
   */
  public PendingOperation lockAdvanced(long smartlockId) {
    return performAdvanced(smartlockId, NukiLockAction.LOCK, Set.of());
  }

  /**
   * Unlatches a smart lock and returns the pending operation, which completes when the lock reports.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @return the pending operation, registered with the client's dispatcher
   * @throws NukiException when Nuki refuses the command
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an answer without a request id
   */
  public PendingOperation unlatchAdvanced(long smartlockId) {
    return performAdvanced(smartlockId, NukiLockAction.UNLATCH, Set.of());
  }

  /**
   * Lock 'n' go, returning the pending operation.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @return the pending operation, registered with the client's dispatcher
   * @throws NukiException when Nuki refuses the command
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an answer without a request id
   */
  public PendingOperation lockNGoAdvanced(long smartlockId) {
    return performAdvanced(smartlockId, NukiLockAction.LOCK_N_GO, Set.of());
  }

  /**
   * Lock 'n' go with unlatch, returning the pending operation.
   *
   * @param smartlockId Nuki's id of the smartlock
   * @return the pending operation, registered with the client's dispatcher
   * @throws NukiException when Nuki refuses the command
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an answer without a request id
   */
  public PendingOperation lockNGoWithUnlatchAdvanced(long smartlockId) {
    return performAdvanced(smartlockId, NukiLockAction.LOCK_N_GO_WITH_UNLATCH, Set.of());
  }

  /**
   * Performs a smart lock action with options ({@code POST /smartlock/{smartlockId}/action/advanced}) and
   * returns the pending operation, which completes when the lock reports (webhook or webhook log).
   *
   * @param smartlockId Nuki's id of the smartlock
   * @param action the action; not {@code UNKNOWN_TO_SDK_VERSION}
   * @param options the option flags; empty for none
   * @return the pending operation, registered with the client's dispatcher
   * @throws NukiException when Nuki refuses the command
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an answer without a request id
   * @throws IllegalArgumentException when the action or an option is {@code UNKNOWN_TO_SDK_VERSION}
   */
  public PendingOperation performAdvanced(long smartlockId, NukiLockAction action, Set<NukiActionOption> options) {
    return http.advanced(request(smartlockId, true, code(action.byteValue(), action.isKnown()), options),
        List.of(smartlockId));
  }

  /**
   * Performs an opener action ({@code POST /smartlock/{smartlockId}/action/advanced}) and returns the pending
   * operation.
   *
   * @param smartlockId Nuki's id of the opener
   * @param action the action; not {@code UNKNOWN_TO_SDK_VERSION}
   * @return the pending operation, registered with the client's dispatcher
   * @throws NukiException when Nuki refuses the command
   * @throws dev.latchkey.core.LatchkeyException on a network failure or an answer without a request id
   * @throws IllegalArgumentException when the action is {@code UNKNOWN_TO_SDK_VERSION}
   */
  public PendingOperation performAdvanced(long smartlockId, NukiOpenerAction action) {
    return http.advanced(request(smartlockId, true, code(action.byteValue(), action.isKnown()), Set.of()),
        List.of(smartlockId));
  }

  private static int code(int value, boolean known) {
    if (!known) {
      throw new IllegalArgumentException("UNKNOWN_TO_SDK_VERSION is not an action to send");
    }
    return value;
  }

  private static ApiRequest.Builder request(long smartlockId, boolean advanced, int action,
      Set<NukiActionOption> options) {
    int mask = 0;
    for (NukiActionOption option : Objects.requireNonNull(options, "options")) {
      mask |= code(option.byteValue(), option.isKnown());
    }
    JsonValue body = JsonValue.object().put("action", action).put("option", mask).build();
    return ApiRequest.post("/smartlock/" + smartlockId + "/action" + (advanced ? "/advanced" : "")).jsonBody(body);
  }
}
