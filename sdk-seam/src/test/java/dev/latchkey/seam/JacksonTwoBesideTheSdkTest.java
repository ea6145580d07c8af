package dev.latchkey.seam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.core.Secret;
import dev.latchkey.core.http.ErrorResponse;
import dev.latchkey.core.http.HttpTransport;
import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.testkit.seam.SeamSimulator;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: an application with Jackson 2.17 (as Spring Boot 3 apps carry) on its classpath. With Jackson 3
 * databind inside the SDK, Maven's nearest-wins gave it the application's jackson-annotations 2.17 and the
 * first call died with {@code NoClassDefFoundError: com/fasterxml/jackson/annotation/JsonSerializeAs}. The SDK
 * now needs jackson-core 3 only, which shares no package with Jackson 2 (ADR 0005).
 */
class JacksonTwoBesideTheSdkTest {

  private SeamSimulator seam;
  private SeamClient client;

  @BeforeEach
  void start() {
    seam = SeamSimulator.start();
    client = SeamClient.builder().baseUrl(seam.baseUrl()).apiKey(seam.apiKey()).environment(name -> null).build();
  }

  @AfterEach
  void stop() {
    seam.close();
  }

  @Test
  void theClassPathHoldsTheApplicationsJacksonTwoAndNoJacksonThreeDatabind() throws Exception {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo("2.17.2");
    assertThat(com.fasterxml.jackson.annotation.JsonProperty.class.getPackage().getImplementationVersion())
        .isEqualTo("2.17.2");
    // The annotation Jackson 3 databind needed and 2.17 lacks: its absence is the condition of the crash.
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("tools.jackson.databind.ObjectMapper"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void realCallsWorkBesideTheApplicationsOwnJacksonTwoUse() throws Exception {
    ObjectMapper applicationMapper = new ObjectMapper();
    JsonNode applicationJson = applicationMapper.readTree("{\"tenant\":\"acme\"}");

    String device = client.devices().list().get(0).deviceId();
    AccessCode created = client.accessCodes().create(CreateAccessCodeRequest.builder(device)
        .name("Guest").code("4821").build());
    AccessCode read = client.accessCodes().get(created.accessCodeId());
    String written = applicationMapper.writeValueAsString(Map.of("code", read.accessCodeId()));

    assertThat(read.code().map(Secret::reveal)).contains("4821");
    assertThat(read.name()).contains("Guest");
    assertThat(client.accessCodes().list(device)).extracting(AccessCode::accessCodeId)
        .containsExactly(created.accessCodeId());
    assertThat(applicationJson.path("tenant").asText()).isEqualTo("acme");
    assertThat(written).isEqualTo("{\"code\":\"" + created.accessCodeId() + "\"}");
  }

  @Test
  void noJacksonTypeAppearsInTheSignaturesVendorModulesUse() {
    for (Class<?> type : List.of(HttpTransport.class, ErrorResponse.class, JsonValue.class, Json.class)) {
      for (Method method : type.getMethods()) {
        assertThat(method.getReturnType().getName()).as(method.toString()).doesNotContain("jackson");
        assertThat(List.of(method.getParameterTypes())).as(method.toString())
            .noneSatisfy(p -> assertThat(p.getName()).contains("jackson"));
      }
    }
  }
}
