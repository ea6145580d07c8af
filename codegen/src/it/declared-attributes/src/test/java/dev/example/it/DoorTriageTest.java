package dev.example.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DoorTriageTest {

  @Test
  void generatedAttributeEnumsDriveTheConsumersCode() {
    assertEquals("on-call", DoorTriage.pageFor("jammed"));
    assertEquals("facilities", DoorTriage.pageFor("battery_low"));
    assertEquals("nobody", DoorTriage.pageFor("no_such_code"));
    assertEquals(Set.of(DoorErrorCode.Affects.LOCK, DoorErrorCode.Affects.SENSOR), DoorTriage.parts("jammed"));
    assertEquals(List.of(DoorErrorCode.Affects.POWER_SUPPLY), DoorErrorCode.BATTERY_LOW.affects());
    assertEquals("power-supply", DoorErrorCode.Affects.POWER_SUPPLY.value());
    assertEquals(Optional.of("2.1"), DoorErrorCode.JAMMED.firmware());
    assertEquals(Optional.empty(), DoorErrorCode.BATTERY_LOW.firmware());
    assertTrue(DoorTriage.opens("door.opened"));
    assertFalse(DoorTriage.opens("door.closed"));
    assertFalse(DoorTriage.opens("door.exploded"));
    assertEquals(List.of(DoorEvent.OPENED, DoorEvent.CLOSED), DoorEvent.knownValues());
    assertEquals(List.of(DoorErrorCode.JAMMED, DoorErrorCode.BATTERY_LOW), DoorErrorCode.knownValues());
  }
}
