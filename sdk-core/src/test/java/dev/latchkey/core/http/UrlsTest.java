package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrlsTest {

  @Test
  void userInfoQueryAndFragmentAreDropped() {
    assertThat(Urls.withoutCredentials("https://user:pw1@connect.example.test/v1?token=q1#f1"))
        .isEqualTo("https://connect.example.test/v1");
    assertThat(Urls.withoutCredentials("https://tok_1@api.example.test")).isEqualTo("https://api.example.test");
    assertThat(Urls.withoutCredentials("https://api.example.test/api/v1")).isEqualTo("https://api.example.test/api/v1");
  }

  @Test
  void aRootPathIsNotShownAndAnyOtherIs() {
    assertThat(Urls.withoutCredentials("https://api.example.test/")).isEqualTo("https://api.example.test");
    assertThat(Urls.withoutCredentials("https://api.example.test/v1/")).isEqualTo("https://api.example.test/v1/");
  }

  @Test
  void anExplicitPortIsKeptUnlessItIsTheSchemesDefault() {
    assertThat(Urls.withoutCredentials("https://u:p@host.test:8443/api?x=1")).isEqualTo("https://host.test:8443/api");
    assertThat(Urls.withoutCredentials("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080");
    assertThat(Urls.withoutCredentials("https://host.test:443/api")).isEqualTo("https://host.test/api");
  }

  @Test
  void anIpv6HostKeepsItsBrackets() {
    assertThat(Urls.withoutCredentials("http://user:pw@[::1]:9000/base?k=v")).isEqualTo("http://[::1]:9000/base");
    assertThat(Urls.withoutCredentials("https://[2001:db8::7]/")).isEqualTo("https://[2001:db8::7]");
  }

  @Test
  void theLastAtSignEndsTheUserInfoAsTheTransportReadsIt() {
    // OkHttp, which sends the requests, takes the last '@' of the authority: so must what is shown.
    assertThat(Urls.withoutCredentials("http://u:p@ss:pw@127.0.0.1:8080/x")).isEqualTo("http://127.0.0.1:8080/x");
    // In the path an '@' is no credential.
    assertThat(Urls.withoutCredentials("https://host.test/@scope/pkg")).isEqualTo("https://host.test/@scope/pkg");
  }

  @Test
  void malformedTextIsCutConservativelyAndNeverThrows() {
    assertThat(Urls.withoutCredentials("ftp://user:pw@files.test/dir?x#y")).isEqualTo("ftp://files.test/dir");
    assertThat(Urls.withoutCredentials("user:pw@host.test/path")).isEqualTo("host.test/path");
    assertThat(Urls.withoutCredentials("https://user:p/w@host.test/a")).isEqualTo("https://host.test/a");
    assertThat(Urls.withoutCredentials("not a url")).isEqualTo("not a url");
    assertThat(Urls.withoutCredentials("")).isEmpty();
    assertThat(Urls.withoutCredentials("@")).isEmpty();
    assertThat(Urls.withoutCredentials("?token=x")).isEmpty();
    assertThat(Urls.withoutCredentials("https://")).isEqualTo("https://");
    assertThatThrownBy(() -> Urls.withoutCredentials(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aTokenAnywhereButThePathIsNeverShown() {
    String token = "tok_Canary9";
    List<String> urls = List.of(
        "https://" + token + "@api.example.test/v1",
        "https://user:" + token + "@api.example.test",
        "https://api.example.test/v1?access_token=" + token,
        "https://api.example.test/v1#access_token=" + token,
        "https://api.example.test:8443?k=" + token + "#" + token,
        "http://" + token + ":" + token + "@[::1]:1/",
        "hTTps://USER:" + token + "@API.example.test",
        "weird://" + token + "@host?" + token,
        "no scheme " + token + "@host",
        "https://a@b@" + token + "@host/",
        "https://host/ spaces?" + token,
        "https://user:" + token + "\n@host/");
    for (String url : urls) {
      assertThat(Urls.withoutCredentials(url)).as(url).doesNotContain(token, "Canary");
    }
  }
}
