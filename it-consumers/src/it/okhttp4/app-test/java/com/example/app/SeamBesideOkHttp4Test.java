package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.seam.AccessCode;
import dev.latchkey.seam.CreateAccessCodeRequest;
import dev.latchkey.seam.SeamClient;
import dev.latchkey.seam.SeamException;
import dev.latchkey.testkit.seam.SeamSimulator;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * An application that uses OkHttp 4 itself (as Retrofit 2 does) and Latchkey, which brings OkHttp 5 as
 * {@code okhttp-jvm}: two jars with the same {@code okhttp3} classes, of which the first on the class path wins.
 */
class SeamBesideOkHttp4Test {

  @Test
  void theAppsOkHttpAndTheSeamClientBothWork() throws Exception {
    // Which jar won is decided by the declaration order in this app's POM; each app says which it expects.
    String winner = OkHttpClient.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    assertTrue(winner.endsWith("/" + System.getProperty("expected.okhttp.jar")), "okhttp3 classes from " + winner);
    List<URL> copies = Collections.list(
        Thread.currentThread().getContextClassLoader().getResources("okhttp3/OkHttpClient.class"));
    assertEquals(Integer.parseInt(System.getProperty("expected.okhttp.copies")), copies.size(), copies::toString);

    try (SeamSimulator simulator = SeamSimulator.start()) {
      // The app's own OkHttp calls.
      OkHttpClient http = new OkHttpClient();
      Request devices = new Request.Builder()
          .url(simulator.baseUrl() + "/devices/list")
          .header("Authorization", "Bearer " + simulator.apiKey())
          .post(RequestBody.create("{}", MediaType.get("application/json")))
          .build();
      try (Response response = http.newCall(devices).execute()) {
        assertEquals(200, response.code());
      }

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
