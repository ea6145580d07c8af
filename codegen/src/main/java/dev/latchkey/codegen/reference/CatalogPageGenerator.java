package dev.latchkey.codegen.reference;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the Markdown reference page of one catalog: a table of all codes, then a section per code under a
 * stable anchor ({@link ReferenceAnchors#anchor}) with its description, remedies and their provenance, category,
 * retryability, deprecation and successor, HTTP statuses, attributes, source and docs link.
 *
 * <p>The output depends only on the catalog and the link prefix: no date, no absolute path, {@code \n} line
 * endings, so the committed pages can be compared byte for byte.
 */
public final class CatalogPageGenerator {

  private final String catalogLinkPrefix;
  private final String regenerateCommand;

  /**
   * Creates a generator.
   *
   * @param catalogLinkPrefix the relative path from the page's directory to the catalogs' base directory, ending
   *     in {@code /} ({@code ../../catalog/}); the page links its catalog file through it
   * @param regenerateCommand the command that regenerates the pages, named in each page's header comment
   */
  public CatalogPageGenerator(String catalogLinkPrefix, String regenerateCommand) {
    this.catalogLinkPrefix = catalogLinkPrefix;
    this.regenerateCommand = regenerateCommand;
  }

  /**
   * Renders a catalog.
   *
   * @param catalog the catalog
   * @return its page, named by {@link ReferenceAnchors#page}
   */
  public ReferencePage generate(ReferenceCatalog catalog) {
    StringBuilder out = new StringBuilder(8192);
    out.append("<!-- Generated from ").append(catalog.file()).append(" by the Latchkey codegen plugin: do not edit.")
        .append(" Regenerate with: ").append(regenerateCommand).append(" -->\n\n");
    out.append("# ").append(catalog.simpleType()).append("\n\n");
    out.append(Markdown.text(catalog.summary())).append("\n\n");
    out.append("- Vendor: ").append(catalog.vendor()).append('\n');
    out.append("- Enum: ").append(Markdown.code(catalog.type())).append(" (")
        .append(catalog.errors() ? "implements `ErrorCode`" : "implements `WireCode`").append(")\n");
    out.append("- Catalog: ").append(Markdown.link(Markdown.code(catalog.file()), catalogLinkPrefix + catalog.file()))
        .append('\n');
    long deprecated = catalog.entries().stream().filter(ReferenceEntry::deprecated).count();
    out.append("- Codes: ").append(catalog.entries().size());
    if (deprecated > 0) {
      out.append(" (").append(deprecated).append(" deprecated)");
    }
    out.append(", plus ").append(Markdown.link("`" + ReferenceAnchors.UNKNOWN + "`", "#" + ReferenceAnchors.UNKNOWN))
        .append(" for a code this list does not have\n\n");

    out.append("## Sources\n\n");
    for (ReferenceSource source : catalog.sources()) {
      out.append("- ").append(Markdown.link(Markdown.text(source.title()), source.url()))
          .append(" (`").append(source.id()).append("`)");
      source.note().ifPresent(note -> out.append(": ").append(Markdown.text(note)));
      out.append('\n');
    }
    out.append('\n');

    out.append("## Codes\n\n");
    if (catalog.errors()) {
      out.append("| Code | Constant | Category | Retryable | Description |\n");
      out.append("|---|---|---|---|---|\n");
    } else {
      out.append("| Code | Constant | Description |\n");
      out.append("|---|---|---|\n");
    }
    for (ReferenceEntry entry : catalog.entries()) {
      out.append("| ").append(Markdown.link(Markdown.code(entry.wireValue()),
          "#" + ReferenceAnchors.anchor(entry.wireValue())));
      out.append(" | ").append(Markdown.code(entry.constant()));
      if (catalog.errors()) {
        out.append(" | ").append(entry.category().orElse(""));
        out.append(" | ").append(entry.retryable() ? "yes" : "no");
      }
      out.append(" | ").append(entry.deprecated() ? "*Deprecated.* " : "").append(Markdown.text(entry.description()))
          .append(" |\n");
    }
    out.append('\n');

    for (ReferenceEntry entry : catalog.entries()) {
      entry(out, catalog, entry);
    }
    unknown(out, catalog);
    return new ReferencePage(ReferenceAnchors.page(catalog.vendor(), catalog.file()),
        out.toString().stripTrailing() + "\n");
  }

  private static void entry(StringBuilder out, ReferenceCatalog catalog, ReferenceEntry entry) {
    out.append("### <a id=\"").append(ReferenceAnchors.anchor(entry.wireValue())).append("\"></a>")
        .append(Markdown.code(entry.wireValue()));
    entry.displayCode().ifPresent(code -> out.append(" (").append(Markdown.code(code)).append(')'));
    out.append("\n\n");
    out.append("Constant ").append(Markdown.code(catalog.simpleType() + "." + entry.constant())).append(".");
    if (entry.deprecated()) {
      out.append(" **Deprecated**: the vendor no longer documents this code");
      entry.replacedBy().ifPresentOrElse(
          successor -> out.append("; it is replaced by ")
              .append(Markdown.link(Markdown.code(successor), "#" + ReferenceAnchors.anchor(successor))).append('.'),
          () -> out.append('.'));
    }
    out.append("\n\n");
    out.append(Markdown.text(entry.description())).append("\n\n");
    remedies(out, entry.remedies());
    if (catalog.errors()) {
      out.append("- Category: `").append(entry.category().orElse("")).append("`\n");
      out.append("- Retryable: ").append(entry.retryable() ? "yes" : "no").append('\n');
    }
    if (!entry.httpStatuses().isEmpty()) {
      out.append("- HTTP status: ").append(entry.httpStatuses().stream().map(String::valueOf)
          .collect(Collectors.joining(", "))).append('\n');
    }
    for (Map.Entry<String, List<String>> attribute : entry.attributes().entrySet()) {
      out.append("- ").append(label(attribute.getKey())).append(": ")
          .append(attribute.getValue().stream().map(Markdown::text).collect(Collectors.joining(", "))).append('\n');
    }
    out.append("- Source: ").append(Markdown.link(Markdown.text(entry.source().title()), entry.source().url()))
        .append('\n');
    if (!entry.docs().equals(entry.source().url())) {
      out.append("- Docs: ").append(Markdown.link(Markdown.text(shortUrl(entry.docs())), entry.docs())).append('\n');
    }
    entry.note().ifPresent(note -> out.append("- Note: ").append(Markdown.text(note)).append('\n'));
    out.append('\n');
  }

  /** The generated constant a code outside the list reads as, with the fallback advice. */
  private static void unknown(StringBuilder out, ReferenceCatalog catalog) {
    ReferenceUnknown unknown = catalog.unknown();
    out.append("### <a id=\"").append(ReferenceAnchors.UNKNOWN).append("\"></a>Any other code\n\n");
    out.append("Constant ").append(Markdown.code(catalog.simpleType() + "." + ReferenceAnchors.UNKNOWN))
        .append(": what a code this version of the SDK does not know reads as; the raw code is kept.\n\n");
    out.append(Markdown.text(unknown.description())).append("\n\n");
    remedies(out, unknown.remedies());
    if (catalog.errors()) {
      out.append("- Category: `").append(unknown.category().orElse("")).append("`\n");
      out.append("- Retryable: ").append(unknown.retryable() ? "yes" : "no").append("\n\n");
    }
  }

  private static void remedies(StringBuilder out, List<ReferenceRemedy> remedies) {
    if (remedies.isEmpty()) {
      return;
    }
    out.append("Remedies:\n\n");
    int n = 1;
    for (ReferenceRemedy remedy : remedies) {
      out.append(n++).append(". ").append(Markdown.text(remedy.text()))
          .append(remedy.fromVendor() ? " *(the vendor's words)*" : " *(Latchkey's advice)*").append('\n');
    }
    out.append('\n');
  }

  /** {@code attached_from} gives {@code Attached from}. */
  private static String label(String attribute) {
    String words = attribute.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A URL without its scheme, as link text. */
  private static String shortUrl(String url) {
    return url.replaceFirst("^https?://", "");
  }
}
