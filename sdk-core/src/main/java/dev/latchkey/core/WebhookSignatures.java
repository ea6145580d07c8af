package dev.latchkey.core;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 helpers for verifying webhook signatures, on which the vendor modules' verifiers build.
 *
 * <p>Comparisons run in constant time ({@link MessageDigest#isEqual}), and signatures received from the
 * network are parsed safely: malformed hex or base64 simply does not match, it never throws. Bodies are read
 * with a bound ({@link #readAtMost(InputStream, int)}) and MACed in parts without being copied together
 * ({@link #hmacSha256(byte[], byte[]...)}), so that verifying a webhook costs about the size of its body.
 */
public final class WebhookSignatures {

  private static final String HMAC_SHA256 = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private WebhookSignatures() {}

  /**
   * Computes HMAC-SHA256 of a payload ({@code hmacSha256(key, body)}), or of the concatenation of several parts
   * without copying them together (for a signed payload such as {@code id + "." + timestamp + "." + body}).
   *
   * @param key the key bytes, not empty
   * @param parts the signed bytes, exactly as received, in order; none null
   * @return the 32-byte MAC
   * @throws IllegalArgumentException when the key is empty
   */
  public static byte[] hmacSha256(byte[] key, byte[]... parts) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(parts, "parts");
    if (key.length == 0) {
      throw new IllegalArgumentException("the HMAC key is empty");
    }
    try {
      Mac mac = Mac.getInstance(HMAC_SHA256);
      mac.init(new SecretKeySpec(key, HMAC_SHA256));
      for (byte[] part : parts) {
        mac.update(Objects.requireNonNull(part, "part"));
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      // HmacSHA256 is mandatory on every Java platform; reaching this means a broken JRE.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /**
   * Reads a whole stream, but never more than one byte past a limit: a body over the limit is refused
   * without being read to its end (the caller decides what to do with the rest of the stream).
   *
   * @param in the stream; it is not closed
   * @param maxBytes the largest body accepted, from 0 to {@code Integer.MAX_VALUE - 16}
   * @return the bytes, or empty when the stream holds more than {@code maxBytes} bytes
   * @throws IOException when the stream fails
   * @throws IllegalArgumentException when maxBytes is out of range
   */
  public static Optional<byte[]> readAtMost(InputStream in, int maxBytes) throws IOException {
    Objects.requireNonNull(in, "in");
    if (maxBytes < 0 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
    }
    // readNBytes never asks the stream for more than the count it is given.
    byte[] bytes = in.readNBytes(maxBytes + 1);
    return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
  }

  /**
   * Computes HMAC-SHA256 with the UTF-8 bytes of a secret as the key.
   *
   * @param key the secret, not blank
   * @param payload the signed bytes
   * @return the 32-byte MAC
   */
  public static byte[] hmacSha256(Secret key, byte[] payload) {
    Objects.requireNonNull(key, "key");
    return hmacSha256(key.revealBytes(), payload);
  }

  /**
   * Computes HMAC-SHA256 as lower-case hex.
   *
   * @param key the key bytes
   * @param payload the signed bytes
   * @return 64 lower-case hex digits
   */
  public static String hmacSha256Hex(byte[] key, byte[] payload) {
    return toHex(hmacSha256(key, payload));
  }

  /**
   * Computes HMAC-SHA256 as standard padded base64.
   *
   * @param key the key bytes
   * @param payload the signed bytes
   * @return the base64 text
   */
  public static String hmacSha256Base64(byte[] key, byte[] payload) {
    return Base64.getEncoder().encodeToString(hmacSha256(key, payload));
  }

  /**
   * Compares two byte arrays in constant time (for arrays of equal length).
   *
   * @param expected the computed value
   * @param actual the received value; null never matches
   * @return whether they are equal
   */
  public static boolean constantTimeEquals(byte[] expected, byte[] actual) {
    return expected != null && actual != null && MessageDigest.isEqual(expected, actual);
  }

  /**
   * Whether a received hex signature (either case, surrounding whitespace ignored) equals the expected MAC.
   *
   * @param expected the computed MAC
   * @param receivedHex the signature from the request; malformed or null input gives false
   * @return whether they match
   */
  public static boolean matchesHex(byte[] expected, String receivedHex) {
    return parseHex(receivedHex).map(actual -> constantTimeEquals(expected, actual)).orElse(false);
  }

  /**
   * Whether a received base64 signature (standard or URL-safe alphabet, padding optional) equals the
   * expected MAC.
   *
   * @param expected the computed MAC
   * @param receivedBase64 the signature from the request; malformed or null input gives false
   * @return whether they match
   */
  public static boolean matchesBase64(byte[] expected, String receivedBase64) {
    return parseBase64(receivedBase64).map(actual -> constantTimeEquals(expected, actual)).orElse(false);
  }

  /**
   * Lower-case hex of the bytes.
   *
   * @param bytes the bytes
   * @return two hex digits per byte
   */
  public static String toHex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[bytes[i] & 0xF];
    }
    return new String(out);
  }

  /**
   * Parses hex text (either case, surrounding whitespace ignored).
   *
   * @param hex the text; null, odd length or non-hex characters give empty
   * @return the bytes, or empty when the text is not hex
   */
  public static Optional<byte[]> parseHex(String hex) {
    if (hex == null) {
      return Optional.empty();
    }
    String text = hex.strip();
    if (text.isEmpty() || text.length() % 2 != 0) {
      return Optional.empty();
    }
    byte[] out = new byte[text.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int high = Character.digit(text.charAt(2 * i), 16);
      int low = Character.digit(text.charAt(2 * i + 1), 16);
      if (high < 0 || low < 0) {
        return Optional.empty();
      }
      out[i] = (byte) ((high << 4) | low);
    }
    return Optional.of(out);
  }

  /**
   * Parses base64 text in the standard or URL-safe alphabet, with or without padding.
   *
   * @param base64 the text; null or malformed input gives empty
   * @return the bytes, or empty when the text is not base64
   */
  public static Optional<byte[]> parseBase64(String base64) {
    if (base64 == null) {
      return Optional.empty();
    }
    String text = base64.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      boolean urlSafe = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
      return Optional.of((urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }
}
