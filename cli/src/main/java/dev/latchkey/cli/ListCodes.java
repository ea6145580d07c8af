package dev.latchkey.cli;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.ErrorCode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code latchkey list [vendor] [--category C] [--retryable] [--deprecated]}: the catalogs as a table. */
@Command(name = "list",
    description = {"The catalogs' codes as a table, one section per catalog; filters combine.",
        "Exit code 1 when no code matches."})
final class ListCodes extends JsonCommand {

  /** Descriptions are cut to this many characters in the table; --json and explain have them whole. */
  static final int DESCRIPTION_WIDTH = 70;

  @Parameters(arity = "0..1", paramLabel = "VENDOR", description = "seam, nuki or tapkey; all when left out.")
  String vendor;

  @Option(names = "--category", paramLabel = "CATEGORY",
      description = "Only codes of this category (any case): ${COMPLETION-CANDIDATES}.")
  ErrorCategory category;

  @Option(names = "--retryable", description = "Only codes the catalog marks retryable.")
  boolean retryable;

  @Option(names = "--deprecated", description = "Only codes the vendor has dropped.")
  boolean deprecated;

  @Override
  int run() {
    String onlyVendor = vendor == null ? null : requireVendor(vendor);
    Map<Catalog, List<ErrorCode>> selected = new LinkedHashMap<>();
    int count = 0;
    for (Catalog catalog : Catalog.values()) {
      if (onlyVendor != null && !catalog.vendor().equals(onlyVendor)) {
        continue;
      }
      List<ErrorCode> codes = new ArrayList<>();
      for (ErrorCode code : catalog.known()) {
        if ((category == null || code.category() == category) && (!retryable || code.retryable())
            && (!deprecated || code.deprecated())) {
          codes.add(code);
        }
      }
      if (!codes.isEmpty()) {
        selected.put(catalog, codes);
        count += codes.size();
      }
    }
    if (json) {
      List<Object> items = new ArrayList<>(count);
      for (Map.Entry<Catalog, List<ErrorCode>> entry : selected.entrySet()) {
        for (ErrorCode code : entry.getValue()) {
          items.add(CodeView.json(entry.getKey(), code));
        }
      }
      Map<String, Object> top = new LinkedHashMap<>();
      top.put("count", count);
      top.put("codes", items);
      printJson(top);
    } else {
      for (Map.Entry<Catalog, List<ErrorCode>> entry : selected.entrySet()) {
        table(out(), style(), entry.getKey(), entry.getValue());
      }
    }
    if (count == 0) {
      err().println("latchkey list: no code matches" + (onlyVendor == null ? "" : " in " + onlyVendor + "'s catalogs"));
      return Latchkey.EXIT_NOT_FOUND;
    }
    return Latchkey.EXIT_OK;
  }

  private static void table(PrintWriter out, Style style, Catalog catalog, List<ErrorCode> codes) {
    out.println(style.bold(catalog.typeName()) + style.dim("  " + catalog.vendor() + ", " + codes.size()
        + (codes.size() == 1 ? " code" : " codes")));
    int codeWidth = "CODE".length();
    int nameWidth = "NAME".length();
    int categoryWidth = "CATEGORY".length();
    for (ErrorCode code : codes) {
      codeWidth = Math.max(codeWidth, code.wireValue().length());
      nameWidth = Math.max(nameWidth, code.name().length());
      categoryWidth = Math.max(categoryWidth, code.category().name().length());
    }
    out.println(style.dim(pad("CODE", codeWidth) + "  " + pad("NAME", nameWidth) + "  "
        + pad("CATEGORY", categoryWidth) + "  RETRY  DESCRIPTION"));
    for (ErrorCode code : codes) {
      String description = code.description();
      if (description.length() > DESCRIPTION_WIDTH) {
        description = description.substring(0, DESCRIPTION_WIDTH - 1) + "…";
      }
      if (code.deprecated()) {
        description = "(deprecated) " + description;
      }
      out.println(pad(code.wireValue(), codeWidth) + "  " + pad(code.name(), nameWidth) + "  "
          + pad(code.category().name(), categoryWidth) + "  " + pad(code.retryable() ? "yes" : "no", 5) + "  "
          + description);
    }
    out.println();
  }

  private static String pad(String text, int width) {
    StringBuilder padded = new StringBuilder(width).append(text);
    while (padded.length() < width) {
      padded.append(' ');
    }
    return padded.toString();
  }
}
