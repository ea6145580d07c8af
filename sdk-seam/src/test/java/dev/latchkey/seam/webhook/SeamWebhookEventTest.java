package dev.latchkey.seam.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.LatchkeyWebhookException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SeamWebhookEventTest {

  @ParameterizedTest
  @EnumSource(value = AccessCodeEventType.class, names = "UNKNOWN_TO_SDK_VERSION", mode = EnumSource.Mode.EXCLUDE)
  void everyAccessCodeEventTypeParses(AccessCodeEventType type) {
    SeamWebhookEvent event = SeamWebhookEvent.parse(
        "{\"event_id\":\"e1\",\"event_type\":\"" + type.wireValue() + "\",\"access_code_id\":\"ac\"}");
    assertThat(event.accessCodeEventType()).isEqualTo(type);
    assertThat(event.isAccessCodeEvent()).isTrue();
    assertThat(AccessCodeEventType.fromWire(type.wireValue())).isEqualTo(type);
  }

  @Test
  void coversSeamsEventList() throws Exception {
    // Seam's event list as saved in the repository, the source of catalog/seam/access-code-event-types.yaml.
    Path reference = Path.of("../catalog/sources/seam/access-code-event-types.json");
    Matcher matcher = Pattern.compile("\"event_type\":\\s*\"([^\"]+)\"").matcher(Files.readString(reference));
    int count = 0;
    while (matcher.find()) {
      assertThat(AccessCodeEventType.fromWire(matcher.group(1)).isKnown()).as(matcher.group(1)).isTrue();
      count++;
    }
    assertThat(count).isEqualTo(AccessCodeEventType.values().length - 1);
  }

  @Test
  void unknownTypesAreKeptRaw() {
    SeamWebhookEvent event = SeamWebhookEvent.parse(
        "{\"event_type\":\"access_code.teleported\",\"brand_new\":\"x\",\"count\":3}");
    assertThat(event.accessCodeEventType()).isEqualTo(AccessCodeEventType.UNKNOWN_TO_SDK_VERSION);
    assertThat(event.eventType()).isEqualTo("access_code.teleported");
    assertThat(event.isAccessCodeEvent()).isTrue();
    assertThat(event.otherFields()).containsEntry("brand_new", "x").containsEntry("count", "3");

    SeamWebhookEvent lock = SeamWebhookEvent.parse("{\"event_type\":\"lock.unlocked\"}");
    assertThat(lock.isAccessCodeEvent()).isFalse();
    assertThat(lock.accessCodeEventType().isKnown()).isFalse();
  }

  @Test
  void badPayloadsAreTyped() {
    for (String bad : new String[] {"", "not json", "[1,2]", "{\"event_id\":\"x\"}", "{\"event_type\": 5}"}) {
      assertThatThrownBy(() -> SeamWebhookEvent.parse(bad)).as(bad)
          .isInstanceOfSatisfying(LatchkeyWebhookException.class,
              e -> assertThat(e.reason()).isEqualTo(LatchkeyWebhookException.Reason.MALFORMED_PAYLOAD));
    }
  }
}
