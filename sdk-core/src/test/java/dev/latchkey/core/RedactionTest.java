package dev.latchkey.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Authorization: Bearer eyJhbGciOi.payload.sig1 | eyJhbGciOi",
      "sent Bearer abcdefghijklmnopqrstuvwxyz | abcdefghijklmnopqrstuvwxyz",
      "{\"access_token\":\"at-123\",\"x\":1} | at-123",
      "{\"refresh_token\" : \"rt-456\"} | rt-456",
      "{\"client_secret\":\"cs-789\"} | cs-789",
      "{\"code\":\"4821\"} | 4821",
      "{\"pin\": 739164} | 739164",
      "{\"keypad_code\":\"555123\"} | 555123",
      "grant_type=refresh_token&refresh_token=rt-999&client_secret=cs-000 | rt-999",
      "grant_type=refresh_token&refresh_token=rt-999&client_secret=cs-000 | cs-000",
      "https://host/cb?code=authcode77&state=s | authcode77",
      "X-API-Key: k-abcdef | k-abcdef",
      "invalid client_secret Zx81kLmq0 given | Zx81kLmq0",
      "refresh_token: rt_9f8e7d6c expired | rt_9f8e7d6c",
      "Code 482193 already exists on the lock | 482193",
      "the PIN: 0042 is taken | 0042",
  })
  void masksSecretLookingValues(String text, String secret) {
    String redacted = Redaction.redact(text);

    assertThat(redacted).doesNotContain(secret).contains(Redaction.MASK);
  }

  @Test
  void keepsOrdinaryProseReadable() {
    String prose = "The Bearer token expired; the device_code field, the code slot and client_secret are fine;"
        + " the secret is invalid; error 500 at line 1234.";

    assertThat(Redaction.redact(prose)).isEqualTo(prose);
  }

  @Test
  void removesKnownSecretValuesVerbatimButNotTooShortOnes() {
    String text = "key plainkey1 and pin 12";

    String redacted = Redaction.redact(text, List.of(Secret.of("plainkey1"), Secret.of("12")));

    assertThat(redacted).isEqualTo("key [redacted] and pin 12");
  }

  @Test
  void snippetIsSingleLineBoundedAndRedacted() {
    String text = "first\n\tsecond {\"pin\":\"1234\"} " + "y".repeat(500);

    String snippet = Redaction.snippet(text, 60, List.of());

    assertThat(snippet).startsWith("first second {\"pin\":\"[redacted]\"}").endsWith("…").hasSize(61);
  }

  @Test
  void nullGivesEmptyText() {
    assertThat(Redaction.redact(null)).isEmpty();
  }

  @Test
  void anUnterminatedSecretJsonStringOfAnyLengthIsMaskedWithoutStackOverflow() {
    String body = "{\"code\":\"" + "a".repeat(5000);
    String escapes = "{\"pin\":\"" + "\\\\a".repeat(512 * 1024);

    assertThat(Redaction.redact(body)).isEqualTo("{\"code\":\"[redacted]\"");
    assertThat(Redaction.redact(escapes)).isEqualTo("{\"pin\":\"[redacted]\"");
  }

  @Test
  void aJsonStringEndingInALoneBackslashIsStillMasked() {
    assertThat(Redaction.redact("{\"pin\":\"739164\\")).isEqualTo("{\"pin\":\"[redacted]\"");
  }

  /**
   * The work of every pattern, counted as characters read, stays proportional to the input on the inputs that
   * made the old patterns quadratic (a "pin" followed by 64 KiB of spaces took 22-25 s) or recursive.
   */
  @ParameterizedTest
  @ValueSource(strings = {"pin", "secret", "code :", "Bearer", "Authorization:", "\"pin\":\"", "\"code\" :",
      "x=1&pin=", "seam_", "access code"})
  void everyPatternReadsEachCharacterABoundedNumberOfTimes(String marker) {
    int n = 64 * 1024;
    List<String> inputs = List.of(
        marker + " ".repeat(n),
        (marker + " ").repeat(n / (marker.length() + 1)),
        marker + "\\\\".repeat(n / 2),
        marker + "a".repeat(n),
        marker + " : ".repeat(n / 3) + "x",
        (marker + " 1").repeat(n / (marker.length() + 2)));
    for (String input : inputs) {
      for (Pattern pattern : Redactor.defaults().patterns()) {
        CountingText text = new CountingText(input);
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
          // consume every match, as replaceAll does
        }
        assertThat(text.reads)
            .as("%s on %s...", pattern, input.substring(0, 20))
            .isLessThan(40L * input.length());
      }
    }
  }

  @Test
  void jsonEscapedEchoesOfKnownSecretsAreRemoved() {
    Secret pin = Secret.of("918273");
    Secret key = Secret.of("seam_key/Abc_123");
    String echoed = "{\"error\":{\"message\":\"code \\u0039\\u0031\\u0038\\u0032\\u0037\\u0033 and key "
        + "seam\\u005fkey\\/Abc\\u005F123 and nested \\\\u0039\\\\u00318273\"}}";

    String redacted = Redactor.generic().redact(echoed, List.of(pin, key));

    assertThat(redacted)
        .isEqualTo("{\"error\":{\"message\":\"code [redacted] and key [redacted] and nested [redacted]\"}}");
  }

  @Test
  void vendorPrefixesAreRegisteredNotBuiltIntoTheGenericRules() {
    String text = "key acme_live_Zx81kLmq0pQ and seam_abc123def";
    Redactor acme = Redactor.builder().keyPrefix("acme_live_").build();

    assertThat(Redactor.generic().redact(text)).isEqualTo(text);
    assertThat(acme.redact(text)).isEqualTo("key acme_live_[redacted] and seam_abc123def");
    assertThat(acme.keyPrefixes()).containsExactly("acme_live_");
    // The static methods and an unconfigured transport know no vendor: prefixes come from vendor modules.
    assertThat(Redactor.defaults().redact(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "seam_.*", "(a|aa)+", "_x", "x y", "abcdefghijklmnopqrstuvwxyz0123456789"})
  void onlyLiteralPrefixesCanBeRegistered(String prefix) {
    assertThatThrownBy(() -> Redactor.builder().keyPrefix(prefix)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Seeded adversarial text around planted canaries: redaction never throws and no canary survives, whether it
   * is a known secret (verbatim, JSON-escaped or escaped twice) or a PIN or token in prose.
   */
  @Test
  void fuzzedAdversarialTextNeverThrowsAndNeverKeepsACanary() {
    long seed = Long.getLong("redaction.fuzz.seed", 20261122L);
    Random random = new Random(seed);
    String knownPin = "918273";
    String knownKey = "k3y/Canary_9f8e";
    String[] atoms = {" ", "   ", "\\", "\\\\", "\"", "\"code\":\"", "\"pin\": ", "\\u00", "\\u0039", "pin",
        "code", "Bearer ", "Authorization:", "secret ", "=", "&", ":", "\n", "a", "7", "seam_", "\\\"", "{", "}",
        "PIN", "Code ", "\"Pin\" :", "X-Api-Key: ", "client secret ", "access code ", "pin code", "&code=", "?pin=",
        "Token ", "123456", "Cookie:", "password=", "whsec_", "Basic ", ","};
    // Key prefixes are the one case-sensitive rule: compared too.
    Redactor withPrefixes = Redactor.builder().keyPrefix("seam_").keyPrefix("whsec_").build();
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      List<String> planted = new ArrayList<>(List.of(knownPin, knownKey));
      int parts = 1 + random.nextInt(12);
      for (int p = 0; p < parts; p++) {
        int repeat = random.nextInt(4) == 0 ? random.nextInt(2_000) : random.nextInt(5);
        text.append(atoms[random.nextInt(atoms.length)].repeat(repeat));
        switch (random.nextInt(6)) {
          case 0 -> text.append(' ').append(knownPin).append(' ');
          case 1 -> text.append(' ').append(jsonEscaped(knownKey, random)).append(' ');
          case 2 -> text.append(' ').append(jsonEscaped(jsonEscaped(knownPin, random), random)).append(' ');
          case 3 -> {
            String pin = String.valueOf(100_000 + random.nextInt(900_000));
            planted.add(pin);
            text.append("\npin ").append(pin).append('\n');
          }
          case 4 -> {
            String token = "tok" + random.nextInt(1_000_000) + "Canary";
            planted.add(token);
            text.append("\nBearer ").append(token).append('\n');
          }
          default -> text.append(random.nextInt(10));
        }
      }
      String input = text.toString();
      assertThat(Redactor.defaults().redact(input))
          .as("anchored rules agree with replaceAll, seed %d, round %d", seed, round)
          .isEqualTo(Redactor.defaults().redactByReplaceAll(input));
      assertThat(withPrefixes.redact(input))
          .as("anchored rules with key prefixes agree with replaceAll, seed %d, round %d", seed, round)
          .isEqualTo(withPrefixes.redactByReplaceAll(input));
      String redacted;
      try {
        redacted = Redaction.redact(input, List.of(Secret.of(knownPin), Secret.of(knownKey)));
      } catch (Throwable e) {
        throw new AssertionError("seed " + seed + ", round " + round + ": " + e, e);
      }
      assertThat(redacted).as("seed %d, round %d", seed, round)
          .doesNotContain(planted.toArray(new String[0]));
    }
  }

  /** Escapes some characters of the text the ways JSON allows (<code>&#92;u00XX</code>, <code>&#92;/</code>). */
  private static String jsonEscaped(String text, Random random) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '/' && random.nextBoolean()) {
        out.append("\\/");
      } else if (c == '\\') {
        out.append("\\\\");
      } else if (random.nextBoolean()) {
        out.append(String.format(random.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Text that counts how often the regex engine reads a character. */
  private static final class CountingText implements CharSequence {
    private final String text;
    long reads;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
