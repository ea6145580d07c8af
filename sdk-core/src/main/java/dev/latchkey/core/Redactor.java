package dev.latchkey.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in free text: an immutable, thread-safe set of redaction rules.
 *
 * <p>The generic rules ({@link #generic()}) know no vendor: bearer, basic and token credentials, the values of
 * JSON properties, form fields and query parameters whose names say they hold a secret ({@code access_token},
 * {@code client_secret}, {@code code}, {@code pin}, {@code password}, {@code api_key}...), credential-looking
 * words after such names in prose, 4 to 12 digit numbers after "pin" or "code", and the values of
 * {@code Authorization}, API-key and cookie headers. A vendor module adds what it knows about its own keys as
 * literal prefixes ({@link Builder#keyPrefix(String)}): a word starting with a registered prefix loses
 * everything after the prefix. Over-redaction is preferred to a leak.
 *
 * <p>Besides the patterns, the exact values of the {@link Secret}s a caller knows (API key, token, the PIN of
 * the request) are removed wherever they occur, also when the text carries them JSON-escaped
 * (<code>&#92;u0039&#92;u0031...</code>, <code>&#92;/</code>, escapes of escapes).
 *
 * <p>Cost: linear in the length of the text, whatever the text (no rule backtracks over an unbounded run: every
 * repetition is possessive or bounded, and no rule has a repeated group that Java's regex engine would recurse
 * on), and it never throws on any input. Callers still bound what they pass (exception messages are short).
 */
public final class Redactor {

  /** What a masked value is replaced with. */
  public static final String MASK = "[redacted]";

  /**
   * Known secret values shorter than this are not removed verbatim: a two-character secret would mangle
   * ordinary text (every "12" in a message). PINs, the shortest secrets the SDK handles, have at least 4 digits.
   */
  static final int MIN_SCRUBBED_SECRET_LENGTH = 4;

  /** Escapes of escapes are undone this many times when looking for known secrets. */
  private static final int MAX_ESCAPE_LEVELS = 3;

  private static final Pattern PREFIX_SYNTAX = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]{1,31}");

  private static final List<String> SECRET_NAMES = List.of("access_token", "refresh_token", "id_token", "token",
      "client_secret", "client_assertion", "secret", "webhook_secret", "api_key", "apikey", "x-api-key", "password",
      "passcode", "code", "pin", "pin_code", "keypad_code", "authorization");
  private static final String NAMES = alternatives(SECRET_NAMES);

  // Every repetition below is possessive (*+, ++) or bounded, so a failed attempt costs at most the run it
  // scanned, and runs scanned by failed attempts do not overlap: each rule is linear in the text. A rule is
  // tried only where one of its anchors (the literal a match starts with) occurs, found in one pass over the text.
  private static final Rule HEADER_VALUE = Rule.keywords(
      List.of("authorization", "x-api-key", "api-key", "cookie", "set-cookie"),
      "(\\s*+:\\s*+)[^\\r\\n,;]++", 2, MASK);
  // A credential has a digit or is long: that keeps prose such as "Bearer token expired" readable.
  private static final Rule AUTH_SCHEME = Rule.keywords(List.of("bearer", "basic", "token"),
      "\\s++(?:(?=[A-Za-z._~+/=\\-]*+[0-9])[A-Za-z0-9._~+/=\\-]++|[A-Za-z0-9._~+/=\\-]{20,}+)", 1, " " + MASK);
  // The body of a JSON string: runs without quote or backslash, or an escape (a lone trailing backslash too).
  // The possessive group is matched iteratively by java.util.regex, not one stack frame per character.
  private static final Rule JSON_STRING_VALUE = new Rule(
      Pattern.compile("(?is)(\"(?:" + NAMES + ")\"\\s*+:\\s*+)\"(?:[^\"\\\\]++|\\\\.?+)*+(?:\"|$)"),
      quoted(SECRET_NAMES), 0, true, 1, "\"" + MASK + "\"");
  private static final Rule JSON_BARE_VALUE = new Rule(
      Pattern.compile("(?i)(\"(?:" + NAMES + ")\"\\s*+:\\s*+)-?+[0-9][0-9.eE+\\-]*+"),
      quoted(SECRET_NAMES), 0, true, 1, "\"" + MASK + "\"");
  private static final Rule FORM_VALUE = new Rule(
      Pattern.compile("(?i)(^|[?&;,\\s])((?:" + NAMES + ")=)[^&\\s\"',;]++"),
      SECRET_NAMES.stream().map(name -> name + "=").toList(), 1, true, 2, MASK);
  // Prose such as "client_secret abc123def" or "refresh_token: xyz...": only credential-looking values
  // (a digit and six characters, or twenty characters), so that "client_secret is invalid" stays readable.
  private static final Rule PROSE_CREDENTIAL = Rule.keywords(List.of("access_token", "access token",
          "refresh_token", "refresh token", "id_token", "client_secret", "client secret", "api_key", "api key",
          "apikey", "password", "webhook_secret", "webhook secret", "secret"),
      "(\\s*+[:=]\\s*+|\\s++)(?!\\[redacted)(?:(?=[^\\s\"',;&0-9]*+[0-9])[^\\s\"',;&]{6,}+|[^\\s\"',;&]{20,}+)",
      2, MASK);
  private static final Rule PROSE_PIN = Rule.keywords(
      List.of("pin", "pin code", "passcode", "keypad code", "access code", "code"),
      "(\\s*+[:=]?+\\s*+)[0-9]{4,12}+\\b", 2, MASK);

  // Knows no vendor: vendor modules register their key prefixes (SeamRedaction, ...) on their transport.
  private static final Redactor GENERIC = new Redactor(List.of());
  private static final Redactor DEFAULTS = GENERIC;

  private final List<String> keyPrefixes;
  private final List<Rule> rules;
  private final AnchorIndex anchors;

  private Redactor(List<String> keyPrefixes) {
    this.keyPrefixes = List.copyOf(keyPrefixes);
    List<Rule> all = new ArrayList<>(List.of(HEADER_VALUE, AUTH_SCHEME));
    if (!keyPrefixes.isEmpty()) {
      // Keys are case-sensitive: "Seam_" is a word, not a key.
      all.add(new Rule(Pattern.compile("\\b(" + alternatives(keyPrefixes) + ")[A-Za-z0-9_+/=\\-]++"),
          this.keyPrefixes, 0, false, 1, MASK));
    }
    all.addAll(List.of(JSON_STRING_VALUE, JSON_BARE_VALUE, FORM_VALUE, PROSE_CREDENTIAL, PROSE_PIN));
    this.rules = List.copyOf(all);
    this.anchors = new AnchorIndex(rules);
  }

  /**
   * The rules that know no vendor.
   *
   * @return the generic redactor
   */
  public static Redactor generic() {
    return GENERIC;
  }

  /**
   * The rules {@link Redaction}'s static methods and an unconfigured transport apply: the generic ones. Key
   * prefixes are vendor knowledge, registered by each vendor module on its client's transport.
   *
   * @return the default redactor
   */
  public static Redactor defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the generic rules.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(List.of());
  }

  /**
   * A builder starting from this redactor's rules, to add more.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(keyPrefixes);
  }

  /**
   * The literal key prefixes this redactor recognises, in registration order.
   *
   * @return an immutable list
   */
  public List<String> keyPrefixes() {
    return keyPrefixes;
  }

  /**
   * Masks secret-looking values in the text.
   *
   * @param text free text; null gives the empty string
   * @return the text with secrets masked
   */
  public String redact(CharSequence text) {
    return redact(text, List.of());
  }

  /**
   * Masks secret-looking values and the exact values of the given secrets (also JSON-escaped).
   *
   * @param text free text; null gives the empty string
   * @param knownSecrets values to remove wherever they occur; null elements are ignored
   * @return the text with secrets masked
   */
  public String redact(CharSequence text, Collection<Secret> knownSecrets) {
    Objects.requireNonNull(knownSecrets, "knownSecrets");
    if (text == null) {
      return "";
    }
    String result = KnownSecrets.scrub(text.toString(), knownSecrets, MIN_SCRUBBED_SECRET_LENGTH,
        MIN_SCRUBBED_SECRET_LENGTH, MAX_ESCAPE_LEVELS, MASK);
    // Each rule applies to the output of the previous one, as successive replaceAll calls would. The anchors of
    // all rules are found in one scan of a one-byte-per-character copy (characters above U+00FF become '?',
    // which begins no anchor). A rule that changes the text moves the later rules' anchors and is followed by
    // a rescan of the few characters around each change, not of the whole text.
    byte[] bytes = result.getBytes(StandardCharsets.ISO_8859_1);
    Positions[] found = anchors.scanAll(bytes);
    for (int r = 0; r < rules.size(); r++) {
      if (found[r].size == 0) {
        continue;
      }
      Edits edits = new Edits();
      String next = rules.get(r).apply(result, found[r], edits);
      if (next != result) {
        result = next;
        bytes = result.getBytes(StandardCharsets.ISO_8859_1);
        anchors.update(found, r + 1, edits, bytes);
      }
    }
    return result;
  }

  /**
   * Removes the exact values of known secrets from text that is kept and read further, such as an error
   * response's body and headers before a vendor's decoder parses them; applies no pattern. Every non-empty
   * secret is removed where it occurs verbatim, however short (a stray {@link #MASK} in a body is better than a
   * leaked credential); secrets of four characters or more also where they occur JSON-escaped, which keeps a
   * JSON body well-formed (escapes occur only inside strings).
   *
   * @param text the text; null gives the empty string
   * @param knownSecrets the secrets; null elements are ignored
   * @return the text without the secrets
   */
  @VendorApi
  public static String removeKnownSecrets(CharSequence text, Collection<Secret> knownSecrets) {
    Objects.requireNonNull(knownSecrets, "knownSecrets");
    if (text == null) {
      return "";
    }
    return KnownSecrets.scrub(text.toString(), knownSecrets, 1, MIN_SCRUBBED_SECRET_LENGTH, MAX_ESCAPE_LEVELS,
        MASK);
  }

  /**
   * A redacted, single-line, bounded excerpt of the text, for exception messages.
   *
   * @param text free text; null gives the empty string
   * @param maxChars the longest excerpt returned, not counting the ellipsis
   * @param knownSecrets values to remove verbatim
   * @return the excerpt, ending in an ellipsis when the text was cut
   * @throws IllegalArgumentException when maxChars is negative
   */
  public String snippet(CharSequence text, int maxChars, Collection<Secret> knownSecrets) {
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxChars < 0");
    }
    // Redact before cutting so that a cut cannot split a secret's marker from its value.
    return oneLine(redact(text, knownSecrets), maxChars);
  }

  /**
   * The text on one line (runs of whitespace become one space, ends stripped), cut to a length. Does not
   * redact: for text the SDK wrote itself or that is already redacted.
   *
   * @param text the text; null gives the empty string
   * @param maxChars the longest text returned, not counting the ellipsis
   * @return the line, ending in an ellipsis when the text was cut
   */
  static String oneLine(CharSequence text, int maxChars) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars + 1));
    boolean space = false;
    for (int i = 0; i < text.length() && out.length() <= maxChars; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    if (out.length() <= maxChars) {
      return out.toString();
    }
    // Do not leave half of a surrogate pair before the ellipsis.
    int cut = maxChars > 0 && Character.isHighSurrogate(out.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
    return out.substring(0, cut) + "…";
  }

  /** The patterns {@link #redact} applies, in order (for tests that count the work they do). */
  List<Pattern> patterns() {
    return rules.stream().map(rule -> rule.pattern).toList();
  }

  /**
   * The rules applied with plain {@code replaceAll}, trying every position: the reference the anchored
   * {@link #redact} must agree with (for tests; known secrets are not removed).
   */
  String redactByReplaceAll(String text) {
    String result = text;
    for (Rule rule : rules) {
      result = rule.pattern.matcher(result).replaceAll(match -> Matcher.quoteReplacement(rule.replacement(match)));
    }
    return result;
  }

  private static String alternatives(List<String> literals) {
    StringBuilder out = new StringBuilder();
    for (String literal : literals) {
      out.append(out.length() == 0 ? "" : "|").append(Pattern.quote(literal));
    }
    return out.toString();
  }

  private static List<String> quoted(List<String> names) {
    return names.stream().map(name -> '"' + name + '"').toList();
  }

  /**
   * One redaction rule: a pattern whose matches start at one of its anchors (literals, in lower case for a
   * case-insensitive rule) or {@code lead} characters before one, and whose match is replaced by its first
   * {@code groups} groups and a suffix. Trying the pattern only at anchors gives the result of
   * {@code replaceAll} at a fraction of the cost: a regex would otherwise attempt a match at every position.
   */
  private static final class Rule {
    final Pattern pattern;
    final List<String> anchors;
    final boolean ignoreCase;
    private final int lead;
    private final int groups;
    private final String suffix;

    Rule(Pattern pattern, List<String> anchors, int lead, boolean ignoreCase, int groups, String suffix) {
      this.pattern = pattern;
      this.anchors = List.copyOf(anchors);
      this.lead = lead;
      this.ignoreCase = ignoreCase;
      this.groups = groups;
      this.suffix = suffix;
    }

    /** A case-insensitive rule: a keyword at a word start, then {@code rest}. */
    static Rule keywords(List<String> keywords, String rest, int groups, String suffix) {
      return new Rule(Pattern.compile("(?i)\\b(" + alternatives(keywords) + ")" + rest), keywords, 0, true,
          groups, suffix);
    }

    /** What a match is replaced with: its first groups (the name and separator), then the mask. */
    String replacement(MatchResult match) {
      StringBuilder out = new StringBuilder();
      for (int g = 1; g <= groups; g++) {
        out.append(match.group(g));
      }
      return out.append(suffix).toString();
    }

    /**
     * Applies the rule at its anchors (ascending positions in the text), recording each replacement; returns
     * the same instance when nothing matched.
     */
    String apply(String text, Positions anchorsAt, Edits edits) {
      // Transparent bounds let \b and lookbehinds see the text before a start; ^ stays the text's start.
      Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      StringBuilder out = null;
      int copied = 0;
      for (int i = 0; i < anchorsAt.size; i++) {
        int start = Math.max(0, anchorsAt.values[i] - lead);
        if (start < copied) {
          continue;
        }
        matcher.region(start, text.length());
        if (matcher.lookingAt()) {
          if (out == null) {
            out = new StringBuilder(text.length());
          }
          out.append(text, copied, start);
          String replacement = replacement(matcher);
          edits.add(start, matcher.end(), out.length(), replacement.length());
          out.append(replacement);
          copied = matcher.end();
        }
      }
      return out == null ? text : out.append(text, copied, text.length()).toString();
    }
  }

  /**
   * The anchors of all rules, found in one pass over the text: each position is looked up by its first two
   * characters (ASCII letters folded to lower case), so only the few anchors sharing those two characters are
   * compared there. Every anchor is ASCII and at least two characters long.
   */
  private static final class AnchorIndex {
    // ASCII with A-Z folded to a-z; 0 for every other byte (no anchor contains NUL or a non-ASCII character).
    private static final byte[] FOLD = new byte[256];

    static {
      for (int c = 1; c < 128; c++) {
        FOLD[c] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      }
    }

    private final Anchor[][] byPair = new Anchor[128 * 128][];
    private final int ruleCount;
    private final int maxLength;

    AnchorIndex(List<Rule> rules) {
      ruleCount = rules.size();
      int longest = 2;
      for (int r = 0; r < rules.size(); r++) {
        Rule rule = rules.get(r);
        for (String literal : rule.anchors) {
          Anchor anchor = new Anchor(rule.ignoreCase ? literal.toLowerCase(Locale.ROOT) : literal, r,
              rule.ignoreCase);
          int key = pair(anchor.bytes[0], anchor.bytes[1]);
          Anchor[] same = byPair[key];
          same = same == null ? new Anchor[1] : Arrays.copyOf(same, same.length + 1);
          same[same.length - 1] = anchor;
          byPair[key] = same;
          longest = Math.max(longest, anchor.bytes.length);
        }
      }
      maxLength = longest;
    }

    private static int pair(byte first, byte second) {
      return FOLD[first & 0xFF] << 7 | FOLD[second & 0xFF];
    }

    /** Every rule's anchors in the text, ascending. */
    Positions[] scanAll(byte[] text) {
      Positions[] found = new Positions[ruleCount];
      for (int r = 0; r < ruleCount; r++) {
        found[r] = new Positions();
      }
      scan(text, 0, text.length, 0, found);
      return found;
    }

    /** Appends the anchors of rules {@code firstRule} and later that start in [from, to). */
    private void scan(byte[] text, int from, int to, int firstRule, Positions[] found) {
      int last = Math.min(to, text.length - 1);
      for (int at = from; at < last; at++) {
        Anchor[] candidates = byPair[pair(text[at], text[at + 1])];
        if (candidates != null) {
          for (Anchor anchor : candidates) {
            if (anchor.rule >= firstRule && anchor.at(text, at)) {
              found[anchor.rule].addOnce(at);
            }
          }
        }
      }
    }

    /**
     * Moves the anchors of rules {@code firstRule} and later to the text after {@code edits}: anchors clear of
     * every replaced span shift with it, anchors that overlapped one are dropped, and the text around each
     * replacement (where an anchor can now begin) is scanned again.
     */
    void update(Positions[] found, int firstRule, Edits edits, byte[] newText) {
      if (firstRule >= ruleCount) {
        return;
      }
      int reach = maxLength - 1;
      Positions[] rescanned = new Positions[ruleCount];
      for (int r = firstRule; r < ruleCount; r++) {
        rescanned[r] = new Positions();
      }
      int scannedTo = 0;
      for (int e = 0; e < edits.size; e++) {
        int from = Math.max(scannedTo, edits.newStart(e) - reach);
        int to = edits.newStart(e) + edits.newLength(e);
        scan(newText, from, to, firstRule, rescanned);
        scannedTo = Math.max(scannedTo, to);
      }
      for (int r = firstRule; r < ruleCount; r++) {
        found[r] = Positions.merge(shift(found[r], edits, reach), rescanned[r]);
      }
    }

    /** The positions that no edit touched (within {@code reach} before it), moved by the edits before them. */
    private static Positions shift(Positions old, Edits edits, int reach) {
      Positions kept = new Positions();
      int e = 0;
      int delta = 0;
      for (int i = 0; i < old.size; i++) {
        int at = old.values[i];
        while (e < edits.size && at >= edits.oldEnd(e)) {
          delta = edits.newStart(e) + edits.newLength(e) - edits.oldEnd(e);
          e++;
        }
        if (e < edits.size && at >= edits.oldStart(e) - reach) {
          continue;
        }
        kept.addOnce(at + delta);
      }
      return kept;
    }
  }

  /** One anchor literal of one rule. */
  private static final class Anchor {
    final byte[] bytes;
    final int rule;
    private final boolean ignoreCase;

    Anchor(String literal, int rule, boolean ignoreCase) {
      this.bytes = literal.getBytes(StandardCharsets.US_ASCII);
      this.rule = rule;
      this.ignoreCase = ignoreCase;
    }

    /** Whether the anchor occurs at this position (its first two characters already matched, folded). */
    boolean at(byte[] text, int at) {
      int length = bytes.length;
      if (at + length > text.length) {
        return false;
      }
      for (int k = 0; k < length; k++) {
        byte c = ignoreCase ? AnchorIndex.FOLD[text[at + k] & 0xFF] : text[at + k];
        if (c != bytes[k]) {
          return false;
        }
      }
      return true;
    }
  }

  /** A growable ascending list of positions. */
  private static final class Positions {
    int[] values = new int[8];
    int size;

    void addOnce(int at) {
      if (size > 0 && values[size - 1] == at) {
        return;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = at;
    }

    static Positions merge(Positions a, Positions b) {
      if (b.size == 0) {
        return a;
      }
      Positions out = new Positions();
      int i = 0;
      int j = 0;
      while (i < a.size || j < b.size) {
        boolean fromA = j == b.size || (i < a.size && a.values[i] <= b.values[j]);
        out.addOnce(fromA ? a.values[i++] : b.values[j++]);
      }
      return out;
    }
  }

  /** The replacements one rule made, in text order: old span [oldStart, oldEnd), new span at newStart. */
  private static final class Edits {
    private int[] values = new int[16];
    int size;

    void add(int oldStart, int oldEnd, int newStart, int newLength) {
      if (4 * size + 4 > values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[4 * size] = oldStart;
      values[4 * size + 1] = oldEnd;
      values[4 * size + 2] = newStart;
      values[4 * size + 3] = newLength;
      size++;
    }

    int oldStart(int e) {
      return values[4 * e];
    }

    int oldEnd(int e) {
      return values[4 * e + 1];
    }

    int newStart(int e) {
      return values[4 * e + 2];
    }

    int newLength(int e) {
      return values[4 * e + 3];
    }
  }

  /** Shows the registered prefixes (which are not secrets). */
  @Override
  public String toString() {
    return "Redactor[keyPrefixes=" + keyPrefixes + "]";
  }

  /** Builds a {@link Redactor}. Not thread-safe. */
  public static final class Builder {
    private final Set<String> keyPrefixes;

    private Builder(List<String> keyPrefixes) {
      this.keyPrefixes = new LinkedHashSet<>(keyPrefixes);
    }

    /**
     * Registers a literal prefix of a vendor's keys or secrets, such as {@code seam_} or {@code whsec_}: a word
     * starting with it keeps the prefix and loses the rest. Only literal prefixes are accepted, so that no
     * registration can make redaction slow.
     *
     * @param prefix a letter, then 1 to 31 letters, digits, {@code _} or {@code -}
     * @return this builder
     * @throws IllegalArgumentException when the prefix has another form
     */
    public Builder keyPrefix(String prefix) {
      Objects.requireNonNull(prefix, "prefix");
      if (!PREFIX_SYNTAX.matcher(prefix).matches()) {
        throw new IllegalArgumentException("a key prefix is a letter then 1 to 31 letters, digits, _ or -");
      }
      keyPrefixes.add(prefix);
      return this;
    }

    /**
     * Registers several literal key prefixes; see {@link #keyPrefix(String)}.
     *
     * @param prefixes the prefixes
     * @return this builder
     * @throws IllegalArgumentException when a prefix has another form
     */
    public Builder keyPrefixes(Collection<String> prefixes) {
      for (String prefix : new ArrayList<>(prefixes)) {
        keyPrefix(prefix);
      }
      return this;
    }

    /**
     * Builds the redactor.
     *
     * @return an immutable redactor
     */
    public Redactor build() {
      return keyPrefixes.isEmpty() ? GENERIC : new Redactor(new ArrayList<>(keyPrefixes));
    }
  }
}
