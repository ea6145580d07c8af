package dev.latchkey.testkit.tapkey;

import java.util.Map;

/** The simulator's {@code UserErrorMessage}s, English and German: its own wording, not Tapkey's. */
final class UserMessages {

  private static final Map<String, String[]> MESSAGES = Map.of(
      "Duplicate", new String[] {"There is already a grant for this lock and user.",
          "Für dieses Schloss und diesen Benutzer gibt es bereits eine Berechtigung."},
      "CardCapacityExceeded", new String[] {"This card cannot hold any more grants.",
          "Auf dieser Karte ist kein Platz für weitere Berechtigungen."},
      "NotFound", new String[] {"The requested item was not found.",
          "Der angeforderte Eintrag wurde nicht gefunden."});

  private static final String[] GENERAL = {"The operation could not be completed.",
      "Der Vorgang konnte nicht abgeschlossen werden."};

  private UserMessages() {}

  /**
   * The message for a code.
   *
   * @param code the {@code ErrorCode}
   * @param language {@code en} or {@code de}
   * @return the message in that language
   */
  static String of(String code, String language) {
    String[] pair = MESSAGES.getOrDefault(code, GENERAL);
    return language.equals("de") ? pair[1] : pair[0];
  }
}
