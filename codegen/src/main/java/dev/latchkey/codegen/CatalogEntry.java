package dev.latchkey.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One validated code of a catalog. Built with {@link #builder()}.
 *
 * @param wireValue the canonical wire text: {@code ff}, {@code 404}, {@code failed_to_set_on_device}
 * @param numericValue the byte or HTTP status; -1 for string codes
 * @param name the Java constant
 * @param description the vendor's description
 * @param remedies what to do, in order, with provenance; empty in a code list
 * @param category an {@code ErrorCategory} name; null in a code list
 * @param retryable whether repeating the request later may succeed; false in a code list
 * @param source the source the code comes from
 * @param docs the deep link, else the source's URL
 * @param deprecated whether the vendor has dropped the code
 * @param replacedBy the canonical wire value of the successor
 * @param attributes the values of the catalog's declared attributes that the entry sets, by attribute name
 * @param note the maintainer's note
 * @param httpStatuses the HTTP statuses the code arrives with
 */
record CatalogEntry(
    String wireValue,
    int numericValue,
    String name,
    String description,
    List<RemedyText> remedies,
    String category,
    boolean retryable,
    DocumentSource source,
    String docs,
    boolean deprecated,
    Optional<String> replacedBy,
    Map<String, List<String>> attributes,
    Optional<String> note,
    List<Integer> httpStatuses) {

  CatalogEntry {
    Objects.requireNonNull(wireValue, "wireValue");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    remedies = List.copyOf(remedies);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(docs, "docs");
    Objects.requireNonNull(replacedBy, "replacedBy");
    attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    Objects.requireNonNull(note, "note");
    httpStatuses = List.copyOf(httpStatuses);
  }

  /** The entry's values of an attribute; empty when it does not set it. */
  List<String> attribute(String name) {
    return attributes.getOrDefault(name, List.of());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Collects an entry's parts while the validator reads them. */
  static final class Builder {
    private String wireValue;
    private int numericValue = -1;
    private String name;
    private String description;
    private final List<RemedyText> remedies = new ArrayList<>();
    private String category;
    private boolean retryable;
    private DocumentSource source;
    private String docs;
    private boolean deprecated;
    private String replacedBy;
    private final Map<String, List<String>> attributes = new LinkedHashMap<>();
    private String note;
    private final List<Integer> httpStatuses = new ArrayList<>();

    private Builder() {}

    Builder wire(String wireValue, int numericValue) {
      this.wireValue = wireValue;
      this.numericValue = numericValue;
      return this;
    }

    Builder name(String name) {
      this.name = name;
      return this;
    }

    Builder description(String description) {
      this.description = description;
      return this;
    }

    Builder addRemedy(RemedyText remedy) {
      remedies.add(remedy);
      return this;
    }

    Builder category(String category) {
      this.category = category;
      return this;
    }

    Builder retryable(boolean retryable) {
      this.retryable = retryable;
      return this;
    }

    Builder source(DocumentSource source) {
      this.source = source;
      return this;
    }

    Builder docs(String docs) {
      this.docs = docs;
      return this;
    }

    Builder deprecated(boolean deprecated) {
      this.deprecated = deprecated;
      return this;
    }

    Builder replacedBy(String replacedBy) {
      this.replacedBy = replacedBy;
      return this;
    }

    Builder attribute(String name, List<String> values) {
      attributes.put(name, List.copyOf(values));
      return this;
    }

    Builder note(String note) {
      this.note = note;
      return this;
    }

    Builder addHttpStatus(int status) {
      httpStatuses.add(status);
      return this;
    }

    CatalogEntry build() {
      return new CatalogEntry(wireValue, numericValue, name, description, remedies, category, retryable, source,
          docs == null && source != null ? source.url() : docs, deprecated, Optional.ofNullable(replacedBy),
          attributes, Optional.ofNullable(note), httpStatuses);
    }
  }
}
