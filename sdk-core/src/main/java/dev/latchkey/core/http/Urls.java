package dev.latchkey.core.http;

import dev.latchkey.core.VendorApi;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * URLs as a client may show them, in its {@code toString()} or a message: a base URL can carry credentials
 * ({@code https://user:token@host}, {@code ?api_key=...}, {@code #access_token=...}), so only the scheme,
 * host, port and path are shown.
 */
@VendorApi
public final class Urls {

  /** A scheme and its {@code ://}, as RFC 3986 spells a scheme. */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

  private Urls() {}

  /**
   * The URL without its user info, query and fragment. An http(s) URL is read as the transport reads it
   * (OkHttp's {@link HttpUrl}): scheme, host (an IPv6 one in brackets), the port unless it is the scheme's
   * default, and the path unless it is the root. Any other text is cut at its first {@code ?} or {@code #}, and everything from
   * after the scheme up to its last {@code @} is dropped: for text that is not a URL, showing too little is
   * preferred to showing a credential. Never throws on the text.
   *
   * @param url the URL, or any text
   * @return the URL without credentials
   * @throws NullPointerException when {@code url} is null
   */
  public static String withoutCredentials(String url) {
    Objects.requireNonNull(url, "url");
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed != null) {
      String host = parsed.host().indexOf(':') >= 0 ? "[" + parsed.host() + "]" : parsed.host();
      boolean defaultPort = parsed.port() == HttpUrl.defaultPort(parsed.scheme());
      String path = parsed.encodedPath().equals("/") ? "" : parsed.encodedPath();
      return parsed.scheme() + "://" + host + (defaultPort ? "" : ":" + parsed.port()) + path;
    }
    int end = url.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = url.indexOf(stop);
      end = at >= 0 ? Math.min(end, at) : end;
    }
    String head = url.substring(0, end);
    var scheme = SCHEME.matcher(head);
    int start = scheme.find() ? scheme.end() : 0;
    int at = head.lastIndexOf('@');
    return at >= start ? head.substring(0, start) + head.substring(at + 1) : head;
  }

  /**
   * Reads an http(s) URL as the transport will, for the builders that take one.
   *
   * @throws IllegalArgumentException when it is not one; the message shows it without credentials
   */
  static HttpUrl parseHttp(String url) {
    HttpUrl parsed = HttpUrl.parse(Objects.requireNonNull(url, "url"));
    if (parsed == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + withoutCredentials(url));
    }
    return parsed;
  }
}
