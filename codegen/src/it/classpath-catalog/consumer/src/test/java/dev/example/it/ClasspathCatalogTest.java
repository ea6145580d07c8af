package dev.example.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ClasspathCatalogTest {

  @Test
  void enumGeneratedFromTheCatalogJar() {
    assertSame(LockErrorCode.ERROR_UNKNOWN, LockErrorCode.fromWire("0xFF"));
    assertEquals("Implement a retry mechanism", LockErrorCode.ERROR_UNKNOWN.remedies().get(0).text());
    assertEquals(4, LockErrorCode.values().length);
  }
}
