package dev.latchkey.tapkey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BearerChallengeTest {

  @Test
  void readsTheRfc6750Parameters() {
    assertThat(BearerChallenge.parse("Bearer realm=\"example\", error=\"invalid_token\", "
        + "error_description=\"The access token expired\""))
        .contains(new BearerChallenge("invalid_token", "The access token expired", null));
    assertThat(BearerChallenge.parse("bearer error=insufficient_scope, scope=\"read:grants write:grants\""))
        .contains(new BearerChallenge("insufficient_scope", null, "read:grants write:grants"));
  }

  @Test
  void findsBearerAmongOtherChallengesAndUnescapesQuotes() {
    assertThat(BearerChallenge.parse("Basic realm=\"a, b\", Bearer error=\"invalid_token\", "
        + "error_description=\"say \\\"hi\\\"\", Digest nonce=\"x\", error=\"not_bearer\""))
        .contains(new BearerChallenge("invalid_token", "say \"hi\"", null));
    assertThat(BearerChallenge.find(List.of("Basic realm=\"x\"", "Bearer"))).contains(
        new BearerChallenge(null, null, null));
    assertThat(BearerChallenge.parse("Basic realm=\"x\"")).isEmpty();
    assertThat(BearerChallenge.parse(null)).isEmpty();
    assertThat(BearerChallenge.find(null)).isEmpty();
  }

  @Test
  void malformedHeadersGiveWhatCouldBeReadAndNeverThrow() {
    assertThat(BearerChallenge.parse("Bearer error=\"invalid_token")).contains(
        new BearerChallenge("invalid_token", null, null));
    assertThat(BearerChallenge.parse("Bearer abc==, error=\"x\"")).isPresent();
    assertThat(BearerChallenge.parse("=,,==\"\"\\")).isEmpty();
    Random random = new Random(42);
    String alphabet = "Bearer error=\"\\,; \t=invalid_token";
    for (int i = 0; i < 10_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = random.nextInt(60); j > 0; j--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      BearerChallenge.parse(s.toString());
    }
  }

  @Test
  void readsAtMostTheBoundOfAHugeHeader() {
    String huge = "Bearer error_description=\"" + "x".repeat(1_000_000) + "\", error=\"invalid_token\"";
    BearerChallenge challenge = BearerChallenge.parse(huge).orElseThrow();
    assertThat(challenge.error()).isNull();
    assertThat(challenge.errorDescription()).hasSizeLessThan(BearerChallenge.MAX_HEADER_CHARS);
  }
}
