package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.core.ErrorCategory;
import dev.latchkey.seam.AccessCode;
import dev.latchkey.seam.CreateAccessCodeRequest;
import dev.latchkey.seam.SeamClient;
import dev.latchkey.seam.SeamException;
import dev.latchkey.testkit.seam.SeamSimulator;
import org.junit.jupiter.api.Test;

/** An application that uses its own Jackson 2 and Latchkey in the same JVM. */
class SeamBesideJackson2Test {

  /** The application's own Jackson 2 type, with a Jackson 2 annotation. */
  record Booking(@JsonProperty("guest_name") String guest) {}

  @Test
  void theAppsJackson2AndTheSeamClientBothWork() throws Exception {
    // The class path holds the application's Jackson 2 jars, not something newer that Maven mediated in.
    String expected = System.getProperty("expected.jackson.version");
    assertEquals(expected, com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    assertTrue(JsonProperty.class.getProtectionDomain().getCodeSource().getLocation().getPath()
        .endsWith("jackson-annotations-" + expected + ".jar"), "jackson-annotations " + expected);

    ObjectMapper mapper = new ObjectMapper();
    assertEquals("{\"guest_name\":\"Ada\"}", mapper.writeValueAsString(new Booking("Ada")));

    try (SeamSimulator simulator = SeamSimulator.start()) {
      SeamClient seam = SeamClient.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl()).build();
      String deviceId = simulator.deviceIds().get(0);

      AccessCode created = seam.accessCodes().create(
          CreateAccessCodeRequest.builder(deviceId).name("Ada").code("4821").build());
      AccessCode read = seam.accessCodes().get(created.accessCodeId());
      assertEquals(created.accessCodeId(), read.accessCodeId());
      assertEquals("Ada", read.name().orElseThrow());
      assertTrue(simulator.hasAccessCode(created.accessCodeId()));

      SeamException e = assertThrows(SeamException.class, () -> seam.accessCodes().get("ac_does_not_exist"));
      assertEquals(ErrorCategory.NOT_FOUND, e.category());
      assertEquals(404, e.httpStatus().getAsInt());
      assertEquals("access_code_not_found", e.rawCode());
    }
  }
}
