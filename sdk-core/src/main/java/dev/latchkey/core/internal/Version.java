package dev.latchkey.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK version, from a resource filtered by Maven at build time. */
public final class Version {

  private static final String VERSION = load();

  private Version() {}

  /**
   * The SDK version.
   *
   * @return the version, such as {@code 0.1.0}; {@code unknown} if the resource is missing
   */
  public static String sdkVersion() {
    return VERSION;
  }

  /**
   * The User-Agent sent with every request.
   *
   * @return {@code latchkey-java/<version>}
   */
  public static String userAgent() {
    return "latchkey-java/" + VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown").strip();
      // An unfiltered resource (e.g. run from an IDE without Maven) still holds the placeholder.
      return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
