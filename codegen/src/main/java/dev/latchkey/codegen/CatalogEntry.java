package dev.latchkey.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One validated code of a catalog. Built with {@link #builder()}.
 *
 * @param wireValue the canonical wire text: {@code ff}, {@code 404}, {@code failed_to_set_on_device}
 * @param numericValue the byte or HTTP status; -1 for string codes
 * @param name the Java constant
 * @param description the vendor's description
 * @param remedies what to do, in order, with provenance
 * @param category an {@code ErrorCategory} name
 * @param retryable whether repeating the request later may succeed
 * @param source the source the code comes from
 * @param docs the deep link, else the source's URL
 * @param deprecated whether the vendor has dropped the code
 * @param replacedBy the canonical wire value of the successor
 * @param group the vendor's grouping
 * @param provider the lock maker of a brand-specific code
 * @param kind Seam's {@code generic}/{@code specific}
 * @param attachedFrom Seam: where an error on an access code comes from
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
    Optional<String> group,
    Optional<String> provider,
    Optional<String> kind,
    Optional<String> attachedFrom,
    Optional<String> note,
    List<Integer> httpStatuses) {

  CatalogEntry {
    Objects.requireNonNull(wireValue, "wireValue");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    remedies = List.copyOf(remedies);
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(docs, "docs");
    Objects.requireNonNull(replacedBy, "replacedBy");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(attachedFrom, "attachedFrom");
    Objects.requireNonNull(note, "note");
    httpStatuses = List.copyOf(httpStatuses);
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
    private String group;
    private String provider;
    private String kind;
    private String attachedFrom;
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

    Builder group(String group) {
      this.group = group;
      return this;
    }

    Builder provider(String provider) {
      this.provider = provider;
      return this;
    }

    Builder kind(String kind) {
      this.kind = kind;
      return this;
    }

    Builder attachedFrom(String attachedFrom) {
      this.attachedFrom = attachedFrom;
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
          Optional.ofNullable(group), Optional.ofNullable(provider), Optional.ofNullable(kind),
          Optional.ofNullable(attachedFrom), Optional.ofNullable(note), httpStatuses);
    }
  }
}
