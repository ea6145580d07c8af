package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      # user info, query and fragment are dropped
      https://user:pw1@connect.example.test/v1?token=q1#f1 | https://connect.example.test/v1
      https://tok_1@api.example.test                       | https://api.example.test
      https://api.example.test/api/v1                      | https://api.example.test/api/v1
      # the root path is not shown, any other is
      https://api.example.test/                            | https://api.example.test
      https://api.example.test/v1/                         | https://api.example.test/v1/
      # an explicit port is kept unless it is the scheme's default
      https://u:p@host.test:8443/api?x=1                   | https://host.test:8443/api
      http://127.0.0.1:8080                                | http://127.0.0.1:8080
      https://host.test:443/api                            | https://host.test/api
      # an IPv6 host keeps its brackets
      http://user:pw@[::1]:9000/base?k=v                   | http://[::1]:9000/base
      https://[2001:db8::7]/                               | https://[2001:db8::7]
      # the last '@' ends the user info, as OkHttp, which sends the requests, reads it; in the path it is no credential
      http://u:p@ss:pw@127.0.0.1:8080/x                    | http://127.0.0.1:8080/x
      https://host.test/@scope/pkg                         | https://host.test/@scope/pkg
      # other text: cut at '?' or '#', and from after the scheme up to the last '@'
      ftp://user:pw@files.test/dir?x#y                     | ftp://files.test/dir
      user:pw@host.test/path                               | host.test/path
      https://user:p/w@host.test/a                         | https://host.test/a
      not a url                                            | not a url
      ''                                                   | ''
      @                                                    | ''
      ?token=x                                             | ''
      https://                                             | https://
      """)
  void showsTheUrlWithoutCredentials(String url, String shown) {
    assertThat(Urls.withoutCredentials(url)).isEqualTo(shown);
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

  @Test
  void nullIsRejected() {
    assertThatThrownBy(() -> Urls.withoutCredentials(null)).isInstanceOf(NullPointerException.class);
  }
}
