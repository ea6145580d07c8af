package dev.example.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.RemedySource;
import java.net.URI;
import org.junit.jupiter.api.Test;

class LockErrorCodeTest {

  @Test
  void generatedEnumWorksInTheConsumer() {
    for (String raw : new String[] {"ff", "FF", "0xff", "0xFF"}) {
      assertSame(LockErrorCode.ERROR_UNKNOWN, LockErrorCode.fromWire(raw), raw);
    }
    assertSame(LockErrorCode.ERROR_UNKNOWN, LockErrorCode.fromByte(255));
    assertEquals("Implement a retry mechanism", LockErrorCode.ERROR_UNKNOWN.remedies().get(0).text());
    assertEquals(RemedySource.VENDOR, LockErrorCode.ERROR_UNKNOWN.remedies().get(0).source());
    assertEquals(ErrorCategory.DEVICE_UNREACHABLE, LockErrorCode.ERROR_UNKNOWN.category());
    assertEquals("acme", LockErrorCode.VENDOR);
    assertFalse(LockErrorCode.fromWire("zz").isKnown());
    assertSame(LockErrorCode.UNKNOWN_TO_SDK_VERSION, LockErrorCode.fromByte(0x42));
    assertTrue(LockErrorCode.fromWire("13").deprecated());
    assertEquals("14", LockErrorCode.fromWire("13").replacedBy().orElseThrow().wireValue());
    assertEquals("Latchkey advice: Wait a few seconds and try again", LockErrors.advice("0x14"));
    assertEquals("unknown code 0x99", LockErrors.advice("0x99"));
    assertEquals(URI.create("https://docs.example/latchkey/acme-lock-errors.md#ff"),
        LockErrorCode.ERROR_UNKNOWN.reference().orElseThrow());
    assertEquals(URI.create("https://docs.example/latchkey/acme-lock-errors.md#UNKNOWN_TO_SDK_VERSION"),
        LockErrorCode.fromByte(0x42).reference().orElseThrow());
  }
}
