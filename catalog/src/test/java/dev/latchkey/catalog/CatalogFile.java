package dev.latchkey.catalog;

import dev.latchkey.codegen.source.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * One catalog read as plain YAML values (the plugin validates the format; this only reads the words): its
 * sources by id and its entries by code, byte and status codes as decimal strings ({@code 0xFF} is {@code 255}).
 */
final class CatalogFile {

  final String name;
  final Map<String, String> sourceUrls = new LinkedHashMap<>();
  final Map<String, Entry> entries = new LinkedHashMap<>();

  private CatalogFile(String name) {
    this.name = name;
  }

  /** Reads {@code relative} (such as {@code nuki/error-codes.yaml}) under {@code directory}. */
  @SuppressWarnings("unchecked")
  static CatalogFile load(Path directory, String relative) {
    CatalogFile catalog = new CatalogFile(relative);
    LoadSettings settings = LoadSettings.builder()
        .setLabel(relative)
        .setSchema(new CoreSchema())
        .setAllowDuplicateKeys(false)
        .build();
    String text;
    try {
      text = Files.readString(directory.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> root = (Map<String, Object>) new Load(settings).loadFromString(text);
    for (Object item : (List<Object>) root.getOrDefault("sources", List.of())) {
      Map<String, Object> source = (Map<String, Object>) item;
      catalog.sourceUrls.put(String.valueOf(source.get("id")), String.valueOf(source.get("url")));
    }
    for (Object item : (List<Object>) root.get("codes")) {
      Entry entry = new Entry((Map<String, Object>) item);
      catalog.entries.put(entry.string("code"), entry);
    }
    return catalog;
  }

  Optional<Entry> entry(String code) {
    return Optional.ofNullable(entries.get(code));
  }

  /** One entry of a catalog. */
  static final class Entry {
    private final Map<String, Object> values;

    Entry(Map<String, Object> values) {
      this.values = values;
    }

    /** A value as text; empty string when absent. */
    String string(String key) {
      Object value = values.get(key);
      return value == null ? "" : value.toString();
    }

    boolean deprecated() {
      return Boolean.TRUE.equals(values.get("deprecated"));
    }

    /** The remedies in the vendor's words (plain text), in order. */
    @SuppressWarnings("unchecked")
    List<String> vendorRemedies() {
      List<String> texts = new ArrayList<>();
      for (Object remedy : (List<Object>) values.getOrDefault("remedies", List.of())) {
        if (remedy instanceof Map) {
          Map<String, Object> map = (Map<String, Object>) remedy;
          if ("vendor".equals(map.get("source"))) {
            texts.add(SourceText.plain(Objects.toString(map.get("text"), "")));
          }
        } else if ("vendor".equals(values.get("remedy_source"))) {
          texts.add(SourceText.plain(remedy.toString()));
        }
      }
      return texts;
    }
  }
}
