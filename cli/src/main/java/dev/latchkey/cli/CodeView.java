package dev.latchkey.cli;

import dev.latchkey.core.ErrorCode;
import dev.latchkey.core.Remedy;
import dev.latchkey.core.RemedySource;
import dev.latchkey.core.WireCode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One code as {@code explain} shows it: text for people, a JSON object for scripts. */
final class CodeView {

  private CodeView() {}

  /** The code as a JSON object; every field a script may need. */
  static Map<String, Object> json(Catalog catalog, ErrorCode code) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("vendor", code.vendor());
    out.put("catalog", catalog.typeName());
    out.put("code", code.wireValue());
    out.put("name", code.name());
    out.put("description", code.description());
    out.put("category", code.category().name());
    out.put("retryable", code.retryable());
    out.put("deprecated", code.deprecated());
    out.put("replacedBy", code.replacedBy().isPresent() ? code.replacedBy().get().wireValue() : null);
    out.put("remedies", remedies(code.remedies()));
    out.put("docs", docs(code));
    out.put("reference", reference(code));
    return out;
  }

  static List<Map<String, Object>> remedies(List<Remedy> remedies) {
    List<Map<String, Object>> out = new ArrayList<>(remedies.size());
    for (Remedy remedy : remedies) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("text", remedy.text());
      item.put("source", remedy.source() == RemedySource.VENDOR ? "vendor" : "latchkey");
      out.add(item);
    }
    return out;
  }

  /** The code as text, one field a line. */
  static void text(PrintWriter out, Style style, Catalog catalog, ErrorCode code) {
    out.println(style.bold(code.vendor() + " " + code.wireValue()) + "  " + code.name()
        + style.dim("  (" + catalog.typeName() + ")"));
    out.println("  " + code.description());
    out.println();
    field(out, style, "category", code.category().name());
    field(out, style, "retryable", code.retryable() ? style.green("yes") : "no");
    List<Remedy> remedies = code.remedies();
    for (int i = 0; i < remedies.size(); i++) {
      field(out, style, i == 0 ? "remedies" : "", (i + 1) + ". " + remedy(style, code.vendor(), remedies.get(i)));
    }
    if (code.deprecated()) {
      String replacement = "";
      if (code.replacedBy().isPresent()) {
        ErrorCode next = code.replacedBy().get();
        replacement = ", replaced by " + next.wireValue() + " (" + next.name() + ")";
      }
      field(out, style, "deprecated", style.yellow("yes") + replacement);
    } else {
      field(out, style, "deprecated", "no");
    }
    field(out, style, "source", catalog.typeName() + ", from catalog/" + code.vendor() + "/ (the vendor's documentation)");
    String docs = docs(code);
    field(out, style, "docs", docs == null ? "-" : docs);
    String reference = reference(code);
    field(out, style, "reference", reference == null ? "-" : reference);
  }

  /** The docs link, or null. (No lambdas on the path of explain: they cost start-up time.) */
  static String docs(ErrorCode code) {
    return code.docs().isPresent() ? code.docs().get().toString() : null;
  }

  /**
   * The code's entry in the generated error reference, or null. The link is a constant of the generated enum,
   * built by the codegen plugin with the reference's own page and anchor naming.
   */
  static String reference(WireCode code) {
    return code.reference().isPresent() ? code.reference().get().toString() : null;
  }

  /** The remedy with its provenance: the vendor's words, or Latchkey's advice. */
  static String remedy(Style style, String vendor, Remedy remedy) {
    return remedy.text() + style.dim(remedy.source() == RemedySource.VENDOR ? "  [" + vendor + "'s words]"
        : "  [Latchkey advice]");
  }

  private static void field(PrintWriter out, Style style, String name, String value) {
    StringBuilder label = new StringBuilder("  ").append(name);
    while (label.length() < 14) {
      label.append(' ');
    }
    out.println(style.dim(label.toString()) + value);
  }
}
