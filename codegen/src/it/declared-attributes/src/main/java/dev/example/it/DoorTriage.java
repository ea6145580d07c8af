package dev.example.it;

import dev.latchkey.core.WireCode;
import java.util.EnumSet;
import java.util.Set;

/** Hand-written code of the consumer that switches on the generated attribute enums. */
public final class DoorTriage {

  private DoorTriage() {}

  /**
   * Whom to page for a raw error code.
   *
   * @param raw the code as received
   * @return the team
   */
  public static String pageFor(String raw) {
    DoorErrorCode code = DoorErrorCode.fromWire(raw);
    if (code.severity().isEmpty()) {
      return "nobody";
    }
    switch (code.severity().get()) {
      case CRITICAL:
        return "on-call";
      case WARNING:
        return "facilities";
      case INFO:
      default:
        return "nobody";
    }
  }

  /**
   * The parts of the door an error concerns.
   *
   * @param raw the code as received
   * @return the parts, empty for an unknown code
   */
  public static Set<DoorErrorCode.Affects> parts(String raw) {
    Set<DoorErrorCode.Affects> parts = EnumSet.noneOf(DoorErrorCode.Affects.class);
    parts.addAll(DoorErrorCode.fromWire(raw).affects());
    return parts;
  }

  /**
   * Whether an event means the door is open afterwards.
   *
   * @param raw the event type as received
   * @return true for an opening event
   */
  public static boolean opens(String raw) {
    DoorEvent event = DoorEvent.fromWire(raw);
    WireCode asWireCode = event;
    return asWireCode.isKnown() && event.direction().orElseThrow() == DoorEvent.Direction.OPENING;
  }
}
