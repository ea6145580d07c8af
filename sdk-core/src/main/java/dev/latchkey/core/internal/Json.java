package dev.latchkey.core.internal;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one Jackson mapper of the SDK, configured for vendor APIs that add fields at any time. */
public final class Json {

  /** Thread-safe and immutable (Jackson 3 mappers are). */
  public static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private Json() {}

  /**
   * Reads JSON text into a type, giving empty for anything that does not fit.
   *
   * @param text the JSON text
   * @param type the type to read
   * @param <T> the type read
   * @return the value, or empty
   */
  public static <T> Optional<T> readLeniently(String text, Class<T> type) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(MAPPER.readValue(text, type));
    } catch (JacksonException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
