package dev.latchkey.codegen.drift;

import static dev.latchkey.codegen.text.JsonStrings.quote;

import dev.latchkey.codegen.drift.DriftReport.Change;
import dev.latchkey.codegen.drift.DriftReport.Kind;
import dev.latchkey.codegen.drift.DriftReport.ListDrift;
import dev.latchkey.codegen.text.JsonStrings;
import java.util.List;
import java.util.Optional;

/** Renders a drift report as Markdown for people and JSON for tools; the same report always gives the same text. */
public final class DriftRenderer {

  private DriftRenderer() {}

  /**
   * The report as Markdown.
   *
   * @param report the report
   * @return the Markdown text, ending with a newline
   */
  public static String markdown(DriftReport report) {
    StringBuilder out = new StringBuilder();
    out.append("# Drift: ").append(report.from().title()).append(" -> ").append(report.to().title()).append("\n\n");
    out.append("- From: ").append(describe(report.from())).append('\n');
    out.append("- To: ").append(describe(report.to())).append('\n');
    if (!report.evidence().isEmpty()) {
      out.append("- Evidence of renames: `replaced_by` in ")
          .append(String.join(", ", report.evidence().stream().map(e -> "`" + e + "`").toList())).append('\n');
    }
    out.append("- Drift: ").append(report.hasDrift() ? "yes" : "none").append('\n');
    out.append("- Implied Latchkey version bump: **").append(report.bump().label()).append("**")
        .append(report.bump() == DriftReport.Bump.MINOR
            ? " (codes the vendor dropped stay in the catalogs, deprecated; deleting one would be major)" : "")
        .append("\n\n");
    out.append("| list | catalog | added | removed | renamed | deprecated | re-leveled | re-worded | bump |\n");
    out.append("|---|---|---|---|---|---|---|---|---|\n");
    for (ListDrift list : report.lists()) {
      out.append("| `").append(list.list()).append("` | ").append(list.catalogType().map(t -> "`" + t + "`")
          .orElse("none"));
      for (Kind kind : Kind.values()) {
        out.append(" | ").append(list.changes().stream().filter(c -> c.kind() == kind).count());
      }
      out.append(" | ").append(list.bump().label()).append(" |\n");
    }
    if (!report.notCompared().isEmpty()) {
      out.append("\nNot compared: ").append(String.join("; ", report.notCompared())).append(".\n");
    }
    for (ListDrift list : report.lists()) {
      if (list.changes().isEmpty()) {
        continue;
      }
      out.append("\n## `").append(list.list()).append("`");
      out.append(list.catalogType().map(t -> " (catalog `" + t + "`)").orElse(" (no catalog)")).append("\n");
      for (Kind kind : Kind.values()) {
        List<Change> changes = list.changes().stream().filter(c -> c.kind() == kind).toList();
        if (changes.isEmpty()) {
          continue;
        }
        out.append("\n### ").append(capitalised(kind.label())).append(" (").append(changes.size()).append(")\n\n");
        for (Change change : changes) {
          out.append("- `").append(change.code()).append("`: ").append(change.detail()).append("\n  ")
              .append(change.impact()).append('\n');
        }
      }
    }
    return out.toString();
  }

  /**
   * The report as JSON: the inputs, the bump, and per list the changes with kind, code, constant, detail, impact
   * and bump.
   *
   * @param report the report
   * @return the JSON text, two-space indented, ending with a newline
   */
  public static String json(DriftReport report) {
    StringBuilder out = new StringBuilder("{\n");
    out.append("  \"from\": ").append(input(report.from())).append(",\n");
    out.append("  \"to\": ").append(input(report.to())).append(",\n");
    out.append("  \"evidence\": ").append(strings(report.evidence())).append(",\n");
    out.append("  \"drift\": ").append(report.hasDrift()).append(",\n");
    out.append("  \"bump\": ").append(quote(report.bump().label())).append(",\n");
    out.append("  \"not_compared\": ").append(strings(report.notCompared())).append(",\n");
    out.append("  \"lists\": [");
    for (int i = 0; i < report.lists().size(); i++) {
      ListDrift list = report.lists().get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    {\n");
      out.append("      \"list\": ").append(quote(list.list())).append(",\n");
      out.append("      \"catalog\": ").append(optional(list.catalogType())).append(",\n");
      out.append("      \"bump\": ").append(quote(list.bump().label())).append(",\n");
      out.append("      \"changes\": [");
      for (int j = 0; j < list.changes().size(); j++) {
        Change change = list.changes().get(j);
        out.append(j == 0 ? "\n" : ",\n").append("        {")
            .append("\"kind\": ").append(quote(change.kind().label()))
            .append(", \"code\": ").append(quote(change.code()))
            .append(", \"constant\": ").append(optional(change.constant()))
            .append(", \"bump\": ").append(quote(change.bump().label()))
            .append(", \"detail\": ").append(quote(change.detail()))
            .append(", \"impact\": ").append(quote(change.impact())).append('}');
      }
      out.append(list.changes().isEmpty() ? "]\n" : "\n      ]\n").append("    }");
    }
    out.append(report.lists().isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
    return out.toString();
  }

  private static String describe(Snapshot snapshot) {
    return "`" + snapshot.file() + "` (" + snapshot.title()
        + (snapshot.catalog() ? ", imported from @seamapi/types " + snapshot.version() : "")
        + snapshot.origin().map(o -> "; from " + o).orElse("") + ")";
  }

  private static String input(Snapshot snapshot) {
    return "{\"file\": " + quote(snapshot.file()) + ", \"title\": " + quote(snapshot.title()) + ", \"version\": "
        + quote(snapshot.version()) + ", \"kind\": " + quote(snapshot.catalog() ? "catalog" : "spec")
        + ", \"origin\": " + optional(snapshot.origin()) + "}";
  }

  private static String strings(List<String> values) {
    return "[" + String.join(", ", values.stream().map(JsonStrings::quote).toList()) + "]";
  }

  private static String optional(Optional<String> value) {
    return value.map(JsonStrings::quote).orElse("null");
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
