package dev.latchkey.cli;

import dev.latchkey.core.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code latchkey explain [vendor] <code>}: what a code means and what to do about it. */
@Command(name = "explain",
    description = {"What a vendor's error code means and what to do about it: description, remedies with their",
        "provenance, category, retryable, deprecation, source, docs link and the reference page.",
        "Codes as pasted: nuki ff, nuki 0x2A, nuki:0x13, seam failed_to_set_on_device, tapkey Duplicate,",
        "tapkey 401. The vendor may be left out when only one vendor has the code."})
final class Explain extends JsonCommand {

  /** The longest code looked up; anything longer is not a code. */
  static final int MAX_CODE_LENGTH = 200;

  @Parameters(arity = "1..2", paramLabel = "[VENDOR] CODE", description = "seam, nuki or tapkey (optional), and the code.")
  List<String> words;

  /** A code found, with its catalog. */
  record Match(Catalog catalog, ErrorCode code) {}

  @Override
  int run() {
    String vendor = null;
    String code;
    if (words.size() == 2) {
      vendor = requireVendor(words.get(0));
      code = words.get(1);
    } else {
      code = words.get(0);
      int colon = code.indexOf(':');
      if (colon > 0 && Catalog.vendorOf(code.substring(0, colon)) != null) {
        vendor = Catalog.vendorOf(code.substring(0, colon));
        code = code.substring(colon + 1);
      } else if (Catalog.vendorOf(code) != null) {
        throw CliFailure.usage("'" + code + "' is a vendor: give a code too", "latchkey explain " + code + " <code>");
      }
    }
    if (code.isBlank()) {
      throw CliFailure.usage("the code is empty");
    }
    if (code.length() > MAX_CODE_LENGTH) {
      throw CliFailure.usage("that is not a code: " + code.length() + " characters (codes have at most "
          + MAX_CODE_LENGTH + ")");
    }
    List<Match> matches = find(vendor, code);
    if (matches.isEmpty()) {
      throw unknown(vendor, code);
    }
    List<String> vendors = new ArrayList<>(3);
    for (Match match : matches) {
      if (!vendors.contains(match.catalog().vendor())) {
        vendors.add(match.catalog().vendor());
      }
    }
    if (vendors.size() > 1) {
      List<String> hints = new ArrayList<>();
      for (String candidate : vendors) {
        hints.add("latchkey explain " + candidate + " " + code.strip());
      }
      throw new CliFailure(Latchkey.EXIT_USAGE, "ambiguous_code", "'" + printable(code.strip())
          + "' is a code of " + String.join(" and ", vendors) + ": say which vendor", hints, null);
    }
    if (json) {
      List<Object> items = new ArrayList<>(matches.size());
      for (Match match : matches) {
        items.add(CodeView.json(match.catalog(), match.code()));
      }
      Map<String, Object> top = new LinkedHashMap<>();
      top.put("query", code.strip());
      top.put("matches", items);
      printJson(top);
    } else {
      for (int i = 0; i < matches.size(); i++) {
        if (i > 0) {
          out().println();
        }
        CodeView.text(out(), style(), matches.get(i).catalog(), matches.get(i).code());
      }
    }
    return Latchkey.EXIT_OK;
  }

  /** Every code of the vendor's catalogs (all vendors' when null) that the input names. */
  static List<Match> find(String vendor, String input) {
    List<Match> matches = new ArrayList<>(2);
    for (Catalog catalog : Catalog.values()) {
      if (vendor == null || catalog.vendor().equals(vendor)) {
        for (ErrorCode code : catalog.match(input)) {
          matches.add(new Match(catalog, code));
        }
      }
    }
    return matches;
  }

  private static CliFailure unknown(String vendor, String code) {
    List<Suggestions.Suggestion> nearest = Suggestions.nearest(vendor, code, 5);
    List<String> hints = new ArrayList<>();
    List<Object> data = new ArrayList<>();
    StringBuilder line = new StringBuilder("nearest known codes:");
    for (Suggestions.Suggestion suggestion : nearest) {
      ErrorCode known = suggestion.code();
      line.append(' ').append(known.vendor()).append(' ').append(known.wireValue())
          .append(" (").append(known.name()).append(')').append(',');
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("vendor", known.vendor());
      item.put("catalog", suggestion.catalog().typeName());
      item.put("code", known.wireValue());
      item.put("name", known.name());
      item.put("distance", suggestion.distance());
      data.add(item);
    }
    if (!nearest.isEmpty()) {
      line.setLength(line.length() - 1);
      hints.add(line.toString());
    }
    hints.add("all codes: latchkey list" + (vendor == null ? "" : " " + vendor));
    String where = vendor == null ? "any vendor's catalog" : vendor + "'s catalogs";
    return new CliFailure(Latchkey.EXIT_NOT_FOUND, "unknown_code",
        "'" + printable(code.strip()) + "' is not a code in " + where, hints, data);
  }
}
