package dev.latchkey.cli;

import dev.latchkey.codegen.text.Utf8;
import dev.latchkey.core.Remedy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code latchkey decode [vendor] [file|-]}: a pasted error body, access code or webhook, decoded. */
@Command(name = "decode",
    description = {"Decodes what a vendor sent: a Seam error body or access code object, a Nuki webhook or",
        "error body (with --status), a Tapkey error body or token endpoint error. Reads the file, or standard",
        "input when there is none or it is '-'; the vendor is detected when left out. Prints each problem",
        "typed, with its remedies."})
final class Decode extends JsonCommand {

  /** The most input read: error bodies and webhooks are a few KiB. */
  static final int MAX_INPUT_BYTES = 1024 * 1024;

  @Parameters(arity = "0..2", paramLabel = "[VENDOR] [FILE|-]",
      description = "seam, nuki or tapkey (optional); the file, or - for standard input (the default).")
  List<String> words = new ArrayList<>();

  @Option(names = "--status", paramLabel = "STATUS", description = "The HTTP status the body came with (needed for a Nuki error body).")
  Integer status;

  @Override
  int run() {
    String vendor = null;
    String file = null;
    if (words.size() == 2) {
      vendor = requireVendor(words.get(0));
      file = words.get(1);
    } else if (words.size() == 1) {
      vendor = Catalog.vendorOf(words.get(0));
      file = vendor == null ? words.get(0) : null;
    }
    if (status != null && (status < 100 || status > 599)) {
      throw CliFailure.usage("--status " + status + " is not an HTTP status (100 to 599)");
    }
    String text = text(file == null || file.equals("-") ? null : file);
    Decoder.Decoded decoded = Decoder.decode(vendor, text, status);
    if (json) {
      printJson(json(decoded));
    } else {
      print(decoded);
    }
    return Latchkey.EXIT_OK;
  }

  /** The input as text: bounded, UTF-8, not binary, not blank. */
  private String text(String file) {
    byte[] bytes;
    String what = file == null ? "standard input" : file;
    if (file == null && System.console() != null) {
      err().println("latchkey decode: reading standard input; paste the body, then Ctrl-D (or give a file)");
      err().flush();
    }
    try (InputStream in = file == null ? root().stdin() : Files.newInputStream(Path.of(file))) {
      bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw CliFailure.usage("no such file: " + printable(file));
    } catch (IOException | InvalidPathException e) {
      throw CliFailure.usage("cannot read " + printable(what) + " (" + e.getClass().getSimpleName() + ")");
    }
    if (bytes.length > MAX_INPUT_BYTES) {
      throw CliFailure.undecodable(what + " is over " + (MAX_INPUT_BYTES / 1024) + " KiB: error bodies and"
          + " webhooks are a few KiB", "paste the one body or object to decode");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw CliFailure.undecodable(what + " is binary (it holds NUL bytes), not JSON text");
      }
    }
    String text = Utf8.decode(bytes).orElseThrow(() -> CliFailure.undecodable(what + " is not UTF-8 text (binary?)"));
    if (text.isBlank()) {
      throw CliFailure.undecodable(what + " is empty",
          "paste a body: latchkey decode < body.json, or give a file: latchkey decode body.json");
    }
    return text;
  }

  private void print(Decoder.Decoded decoded) {
    Style style = style();
    out().println(style.bold(decoded.shapeName()) + style.dim("  (" + decoded.vendor() + ")"));
    for (Map.Entry<String, String> fact : decoded.facts().entrySet()) {
      out().println("  " + style.dim(fact.getKey() + ": ") + fact.getValue());
    }
    if (decoded.problems().isEmpty()) {
      out().println(style.green("  no problems reported"));
      return;
    }
    int n = 0;
    for (Decoder.Problem problem : decoded.problems()) {
      n++;
      out().println();
      String typed = problem.code().isKnown() ? problem.code().name()
          : style.yellow("unknown to this SDK version") + " (raw '" + printable(problem.rawCode()) + "')";
      out().println(n + ". " + style.bold(problem.where()) + "  " + decoded.vendor() + " "
          + (problem.code().isKnown() ? problem.code().wireValue() : "") + "  " + typed
          + style.dim("  (" + problem.catalog().typeName() + ")"));
      if (problem.message() != null && !problem.message().isEmpty()) {
        out().println("   message    " + problem.message());
      }
      if (problem.code().isKnown()) {
        out().println("   meaning    " + problem.code().description());
      }
      out().println("   category   " + problem.code().category().name()
          + (problem.code().retryable() ? ", " + style.green("retryable") : ", not retryable"));
      List<Remedy> remedies = problem.remedies();
      for (int i = 0; i < remedies.size(); i++) {
        out().println((i == 0 ? "   remedies   " : "              ") + (i + 1) + ". "
            + CodeView.remedy(style, decoded.vendor(), remedies.get(i)));
      }
      String reference = CodeView.reference(problem.code());
      if (reference != null) {
        out().println("   reference  " + reference);
      }
    }
  }

  private static Map<String, Object> json(Decoder.Decoded decoded) {
    List<Object> problems = new ArrayList<>();
    for (Decoder.Problem problem : decoded.problems()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("where", problem.where());
      item.put("rawCode", problem.rawCode());
      item.put("known", problem.code().isKnown());
      item.put("catalog", problem.catalog().typeName());
      item.put("name", problem.code().name());
      item.put("message", problem.message());
      item.put("category", problem.code().category().name());
      item.put("retryable", problem.code().retryable());
      item.put("remedies", CodeView.remedies(problem.remedies()));
      item.put("reference", CodeView.reference(problem.code()));
      problems.add(item);
    }
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("vendor", decoded.vendor());
    top.put("input", decoded.shape());
    top.put("facts", decoded.facts());
    top.put("problems", problems);
    return top;
  }
}
