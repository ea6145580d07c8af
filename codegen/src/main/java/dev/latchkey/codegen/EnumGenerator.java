package dev.latchkey.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.latchkey.codegen.reference.ReferenceAnchors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits the Java enum of one catalog, as {@code catalog/README.md} "What the plugin generates" describes.
 *
 * <p>The output depends only on the catalog (no date, no absolute path), so builds are reproducible and the
 * golden-file tests are stable. The emitted code compiles without warnings under {@code -Xlint:all}.
 */
final class EnumGenerator {

  /** The value of the {@code @Generated} annotation on every emitted enum. */
  static final String GENERATOR = "dev.latchkey.codegen";

  private static final String UNKNOWN = "UNKNOWN_TO_SDK_VERSION";
  // Without an unknown: block the constant stays as it always was (same source, same goldens).
  static final String DEFAULT_UNKNOWN_DESCRIPTION = "A code that this version of the SDK does not know.";
  private static final String DEFAULT_UNKNOWN_DOC = "A code that this version of the SDK does not know: every"
      + " lookup returns it for a code the catalog\ndoes not list (vendors add codes over time). Keep the raw wire"
      + " value wherever you read it.\nCategory {@link ErrorCategory#UNKNOWN}, not retryable, {@link #isKnown()}"
      + " is false.\n";
  private static final String INDEX = "WireIndex";
  private static final String CORE = "dev.latchkey.core";
  private static final ClassName ERROR_CODE = ClassName.get(CORE, "ErrorCode");
  private static final ClassName WIRE_CODE = ClassName.get(CORE, "WireCode");
  private static final ClassName WIRE_CODES = ClassName.get(CORE + ".codes", "WireCodes");
  private static final ClassName ERROR_CATEGORY = ClassName.get(CORE, "ErrorCategory");
  private static final ClassName REMEDY = ClassName.get(CORE, "Remedy");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName OPTIONAL = ClassName.get(Optional.class);
  private static final ClassName URI = ClassName.get("java.net", "URI");
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName OPTIONAL_STRING = ParameterizedTypeName.get(OPTIONAL, STRING);
  private static final TypeName REMEDY_LIST = ParameterizedTypeName.get(LIST, REMEDY);
  private static final TypeName INTEGER_LIST = ParameterizedTypeName.get(LIST, ClassName.get(Integer.class));
  private static final String REFERENCE_PAGE = "REFERENCE_PAGE";

  /** Where the error reference is published, ending with {@code /}; null: the enums link to no reference. */
  private final String referenceBase;

  /** A generator whose enums link to the project's published reference ({@link ReferenceAnchors#DEFAULT_BASE}). */
  EnumGenerator() {
    this(ReferenceAnchors.DEFAULT_BASE);
  }

  /**
   * A generator whose enums link to the reference published at this base.
   *
   * @param referenceBase the base, ending with {@code /}; null for enums without {@code reference()}
   */
  EnumGenerator(String referenceBase) {
    this.referenceBase = referenceBase;
  }

  /** The source file of the catalog's enum. */
  GeneratedSource generate(Catalog catalog) {
    ClassName type = ClassName.bestGuess(catalog.type());
    Shape shape = new Shape(type, catalog, referenceBase != null);

    TypeSpec.Builder spec = TypeSpec.enumBuilder(type)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(catalog.errors() ? ERROR_CODE : WIRE_CODE)
        .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build())
        .addJavadoc("$L", classDoc(catalog));
    for (CatalogEntry entry : catalog.entries()) {
      spec.addEnumConstant(entry.name(), constant(shape, entry));
    }
    spec.addEnumConstant(UNKNOWN, unknownConstant(shape));
    spec.addField(FieldSpec.builder(STRING, "VENDOR", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The vendor these codes belong to.")
        .initializer("$S", catalog.vendor())
        .build());
    if (referenceBase != null) {
      // The anchors are computed here, by ReferenceAnchors, so that the reference pages and the enums agree and
      // the enum needs nothing at run time but a string concatenation.
      spec.addField(FieldSpec.builder(STRING, REFERENCE_PAGE, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$S", ReferenceAnchors.pageLink(referenceBase, catalog.vendor(), catalog.file()))
          .build());
    }
    addFieldsAndConstructor(spec, shape);
    addLookups(spec, shape);
    addAccessors(spec, shape);
    for (Attribute attribute : catalog.attributes()) {
      if (attribute.closed()) {
        spec.addType(attributeEnum(attribute));
      }
    }
    spec.addType(wireIndex(shape));

    JavaFile file = JavaFile.builder(type.packageName(), spec.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    String path = catalog.type().replace('.', '/') + ".java";
    return new GeneratedSource(path, file.toString());
  }

  /** What varies between catalogs, decided once per enum. */
  private record Shape(ClassName type, Catalog catalog, boolean referenced) {
    WireKind wire() {
      return catalog.wireKind();
    }

    boolean errors() {
      return catalog.errors();
    }

    boolean notes() {
      return catalog.usesNotes();
    }

    boolean httpStatuses() {
      return catalog.usesHttpStatuses();
    }

    /** The nested enum of a closed attribute. */
    ClassName attributeType(Attribute attribute) {
      return type.nestedClass(attribute.typeName());
    }

    /** The field type of an attribute: its nested enum or String, in a List when it takes several values. */
    TypeName fieldType(Attribute attribute) {
      TypeName element = attribute.closed() ? attributeType(attribute) : STRING;
      return attribute.list() ? ParameterizedTypeName.get(LIST, element) : element;
    }

    /** What the accessor returns: Optional of the element for one value, the List for several. */
    TypeName accessorType(Attribute attribute) {
      TypeName element = attribute.closed() ? attributeType(attribute) : STRING;
      return attribute.list() ? ParameterizedTypeName.get(LIST, element) : ParameterizedTypeName.get(OPTIONAL, element);
    }

    /** The numeric field: {@code byteValue} for byte catalogs, {@code status} for HTTP-status ones. */
    Optional<String> numericField() {
      return switch (catalog.wireKind()) {
        case BYTE -> Optional.of("byteValue");
        case HTTP_STATUS -> Optional.of("status");
        case STRING -> Optional.empty();
      };
    }
  }

  // ---- constants

  private TypeSpec constant(Shape shape, CatalogEntry entry) {
    List<CodeBlock> args = new ArrayList<>();
    args.add(CodeBlock.of("$S", entry.wireValue()));
    if (shape.wire() == WireKind.BYTE) {
      args.add(CodeBlock.of("$L", String.format("0x%02x", entry.numericValue())));
    } else if (shape.wire() == WireKind.HTTP_STATUS) {
      args.add(CodeBlock.of("$L", entry.numericValue()));
    }
    args.add(CodeBlock.of("$S", entry.description()));
    if (shape.errors()) {
      args.add(remedies(entry.remedies()));
      args.add(CodeBlock.of("$T.$L", ERROR_CATEGORY, entry.category()));
      args.add(CodeBlock.of("$L", entry.retryable()));
    }
    args.add(CodeBlock.of("$S", entry.docs()));
    args.add(CodeBlock.of("$L", entry.deprecated()));
    args.add(entry.replacedBy().map(wire -> CodeBlock.of("$S", wire)).orElse(CodeBlock.of("null")));
    if (shape.referenced()) {
      args.add(CodeBlock.of("$S", ReferenceAnchors.anchor(entry.wireValue())));
    }
    for (Attribute attribute : shape.catalog().attributes()) {
      args.add(attributeValue(shape, attribute, entry.attribute(attribute.name())));
    }
    if (shape.notes()) {
      args.add(entry.note().map(note -> CodeBlock.of("$S", note)).orElse(CodeBlock.of("null")));
    }
    if (shape.httpStatuses()) {
      args.add(integers(entry.httpStatuses()));
    }
    TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder(arguments(args))
        .addJavadoc("$L", constantDoc(shape, entry));
    if (entry.deprecated()) {
      constant.addAnnotation(Deprecated.class);
    }
    return constant.build();
  }

  /** The last constant: the catalog's {@code unknown:} block when it has one, else the generic fallback. */
  private TypeSpec unknownConstant(Shape shape) {
    Optional<UnknownCode> unknown = shape.catalog().unknown();
    List<CodeBlock> args = new ArrayList<>();
    args.add(CodeBlock.of("$S", ""));
    if (shape.numericField().isPresent()) {
      args.add(CodeBlock.of("-1"));
    }
    args.add(CodeBlock.of("$S", unknown.map(UnknownCode::description).orElse(DEFAULT_UNKNOWN_DESCRIPTION)));
    if (shape.errors()) {
      args.add(remedies(unknown.map(UnknownCode::remedies).orElse(List.of())));
      args.add(CodeBlock.of("$T.$L", ERROR_CATEGORY,
          unknown.map(UnknownCode::category).orElse(UnknownCode.DEFAULT_CATEGORY)));
      args.add(CodeBlock.of("$L", unknown.map(UnknownCode::retryable).orElse(false)));
    }
    args.add(CodeBlock.of("null"));
    args.add(CodeBlock.of("false"));
    args.add(CodeBlock.of("null"));
    if (shape.referenced()) {
      args.add(CodeBlock.of("$S", ReferenceAnchors.UNKNOWN));
    }
    for (Attribute attribute : shape.catalog().attributes()) {
      args.add(attributeValue(shape, attribute, List.of()));
    }
    if (shape.notes()) {
      args.add(CodeBlock.of("null"));
    }
    if (shape.httpStatuses()) {
      args.add(CodeBlock.of("$T.of()", LIST));
    }
    String doc;
    if (!shape.errors()) {
      doc = html(unknown.map(UnknownCode::description).orElse(DEFAULT_UNKNOWN_DESCRIPTION).strip())
          + "\n\n<p>Every lookup returns it for a value the catalog does not list (vendors add values over time)."
          + " Keep the raw\nwire value wherever you read it. {@link #isKnown()} is false.\n";
    } else {
      doc = unknown.map(EnumGenerator::unknownDoc).orElse(DEFAULT_UNKNOWN_DOC);
    }
    return TypeSpec.anonymousClassBuilder(arguments(args)).addJavadoc("$L", doc).build();
  }

  /** An attribute's constructor argument: a constant of its nested enum or a string, a list, or null. */
  private static CodeBlock attributeValue(Shape shape, Attribute attribute, List<String> values) {
    List<CodeBlock> items = values.stream()
        .map(value -> attribute.closed()
            ? CodeBlock.of("$T.$L", shape.attributeType(attribute), Attribute.constant(value))
            : CodeBlock.of("$S", value))
        .toList();
    if (attribute.list()) {
      return CodeBlock.of("$T.of($L)", LIST, CodeBlock.join(items, ", "));
    }
    return items.isEmpty() ? CodeBlock.of("null") : items.get(0);
  }

  private static String unknownDoc(UnknownCode unknown) {
    StringBuilder doc = new StringBuilder(html(unknown.description().strip())).append("\n\n");
    doc.append("<p>A code that this version of the SDK does not know: every lookup returns it for a code the"
        + " catalog\ndoes not list (vendors add codes over time). Keep the raw wire value wherever you read it.\n");
    if (!unknown.remedies().isEmpty()) {
      doc.append("\n<p>Remedies:\n").append(remedyList(unknown.remedies()));
    }
    doc.append("\n<p>Category {@link ErrorCategory#").append(unknown.category()).append("}, ")
        .append(unknown.retryable() ? "retryable" : "not retryable").append(", {@link #isKnown()} is false.\n");
    return doc.toString();
  }

  /** One argument per line, so a constant reads like a record of the catalog entry. */
  private static CodeBlock arguments(List<CodeBlock> args) {
    CodeBlock.Builder block = CodeBlock.builder().add("\n$>$>");
    for (int i = 0; i < args.size(); i++) {
      block.add(args.get(i));
      block.add(i < args.size() - 1 ? ",\n" : "");
    }
    return block.add("$<$<").build();
  }

  private static CodeBlock remedies(List<RemedyText> remedies) {
    CodeBlock.Builder block = CodeBlock.builder().add("$T.of(", LIST);
    for (int i = 0; i < remedies.size(); i++) {
      RemedyText remedy = remedies.get(i);
      block.add(i == 0 ? "\n$>$>" : ",\n");
      block.add("$T.$L($S)", REMEDY, remedy.fromVendor() ? "vendor" : "latchkey", remedy.text());
    }
    if (!remedies.isEmpty()) {
      block.add("$<$<");
    }
    return block.add(")").build();
  }

  private static CodeBlock integers(List<Integer> values) {
    return CodeBlock.of("$T.of($L)", LIST,
        values.stream().map(String::valueOf).collect(Collectors.joining(", ")));
  }

  // ---- fields, constructor, lookups, accessors

  private static void addFieldsAndConstructor(TypeSpec.Builder spec, Shape shape) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    field(spec, constructor, STRING, "wireValue");
    shape.numericField().ifPresent(name -> field(spec, constructor, TypeName.INT, name));
    field(spec, constructor, STRING, "description");
    if (shape.errors()) {
      field(spec, constructor, REMEDY_LIST, "remedies");
      field(spec, constructor, ERROR_CATEGORY, "category");
      field(spec, constructor, TypeName.BOOLEAN, "retryable");
    }
    spec.addField(URI, "docs", Modifier.PRIVATE, Modifier.FINAL);
    constructor.addParameter(STRING, "docs");
    constructor.addStatement("this.docs = docs == null ? null : $T.create(docs)", URI);
    field(spec, constructor, TypeName.BOOLEAN, "deprecated");
    field(spec, constructor, STRING, "replacedByWire");
    if (shape.referenced()) {
      field(spec, constructor, STRING, "referenceAnchor");
    }
    for (Attribute attribute : shape.catalog().attributes()) {
      field(spec, constructor, shape.fieldType(attribute), attribute.accessor());
    }
    if (shape.notes()) {
      field(spec, constructor, STRING, "note");
    }
    if (shape.httpStatuses()) {
      field(spec, constructor, INTEGER_LIST, "httpStatuses");
    }
    spec.addMethod(constructor.build());
  }

  private static void field(TypeSpec.Builder spec, MethodSpec.Builder constructor, TypeName type, String name) {
    spec.addField(type, name, Modifier.PRIVATE, Modifier.FINAL);
    constructor.addParameter(type, name);
    constructor.addStatement("this.$N = $N", name, name);
  }

  private static void addLookups(TypeSpec.Builder spec, Shape shape) {
    ClassName type = shape.type();
    MethodSpec.Builder fromWire = MethodSpec.methodBuilder("fromWire")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(STRING, "raw");
    switch (shape.wire()) {
      case STRING -> fromWire
          .addJavadoc("The code with this exact wire value, or {@link #$L} for null, blank or unknown input."
              + " Never throws.\n\n@param raw the code as received\n@return the code, never null\n", UNKNOWN)
          .addStatement("return raw == null ? $L : $L.BY_WIRE.getOrDefault(raw, $L)", UNKNOWN, INDEX, UNKNOWN);
      case BYTE -> fromWire
          .addJavadoc("The code for one or two hex digits, with or without {@code 0x}: {@code ff}, {@code FF},"
              + " {@code 0xff},\n{@code 0xFF}, {@code f}; surrounding spaces are ignored. Null, blank, malformed"
              + " or unknown input gives\n{@link #$L}. Never throws.\n\n@param raw the code as received\n"
              + "@return the code, never null\n", UNKNOWN)
          .addStatement("return fromByte($T.parseHexByte(raw))", WIRE_CODES);
      case HTTP_STATUS -> fromWire
          .addJavadoc("The code for a decimal HTTP status such as {@code \"404\"}; surrounding spaces are"
              + " ignored. Null, blank,\nmalformed or unknown input gives {@link #$L}. Never throws.\n\n"
              + "@param raw the status as received\n@return the code, never null\n", UNKNOWN)
          .addStatement("return fromStatus($T.parseStatus(raw))", WIRE_CODES);
    }
    spec.addMethod(fromWire.build());

    if (shape.wire() == WireKind.BYTE) {
      spec.addMethod(MethodSpec.methodBuilder("fromByte")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(type)
          .addParameter(TypeName.INT, "value")
          .addJavadoc("The code for a byte value 0..255, or {@link #$L} when out of range or unknown."
              + " Never throws.\n\n@param value the byte, as an unsigned int\n@return the code, never null\n",
              UNKNOWN)
          .addStatement("return value >= 0 && value < 256 ? $L.BY_BYTE[value] : $L", INDEX, UNKNOWN)
          .build());
    } else if (shape.wire() == WireKind.HTTP_STATUS) {
      spec.addMethod(MethodSpec.methodBuilder("fromStatus")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(type)
          .addParameter(TypeName.INT, "status")
          .addJavadoc("The code for an HTTP status, or {@link #$L} when the catalog does not list it."
              + " Never throws.\n\n@param status the HTTP status\n@return the code, never null\n", UNKNOWN)
          .addStatement("return status >= 0 && status < $L.BY_STATUS.length ? $L.BY_STATUS[status] : $L",
              INDEX, INDEX, UNKNOWN)
          .build());
    }
    spec.addMethod(MethodSpec.methodBuilder("knownValues")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(LIST, type))
        .addJavadoc("The codes the catalog lists, in its order: every constant except {@link #$L}.\n\n"
            + "@return an unmodifiable list, the same on every call\n", UNKNOWN)
        .addStatement("return $L.KNOWN", INDEX)
        .build());
  }

  private static void addAccessors(TypeSpec.Builder spec, Shape shape) {
    spec.addMethod(override("vendor", STRING).addStatement("return VENDOR").build());
    spec.addMethod(override("wireValue", STRING).addStatement("return wireValue").build());
    shape.numericField().ifPresent(field -> spec.addMethod(accessor(field, TypeName.INT)
        .addJavadoc(field.equals("byteValue")
            ? "The byte value 0..255 of the code, or -1 for {@link #$L}.\n\n@return the byte value\n"
            : "The HTTP status of the code, or -1 for {@link #$L}.\n\n@return the status\n", UNKNOWN)
        .addStatement("return $N", field)
        .build()));
    spec.addMethod(override("description", STRING).addStatement("return description").build());
    if (shape.errors()) {
      spec.addMethod(override("remedies", REMEDY_LIST).addStatement("return remedies").build());
      spec.addMethod(override("category", ERROR_CATEGORY).addStatement("return category").build());
      spec.addMethod(override("retryable", TypeName.BOOLEAN).addStatement("return retryable").build());
    }
    spec.addMethod(override("docs", ParameterizedTypeName.get(OPTIONAL, URI))
        .addStatement("return $T.ofNullable(docs)", OPTIONAL).build());
    if (shape.referenced()) {
      // String.concat, not +: javac compiles + to invokedynamic, whose bootstrap costs a command like explain
      // milliseconds of start-up.
      spec.addMethod(override("reference", ParameterizedTypeName.get(OPTIONAL, URI))
          .addStatement("return $T.of($T.create($L.concat(referenceAnchor)))", OPTIONAL, URI, REFERENCE_PAGE).build());
    }
    spec.addMethod(override("deprecated", TypeName.BOOLEAN).addStatement("return deprecated").build());
    // Resolved through fromWire on each call: a constant cannot refer to a later constant in its arguments.
    spec.addMethod(override("replacedBy", ParameterizedTypeName.get(OPTIONAL, shape.type()))
        .addStatement("return replacedByWire == null ? $T.empty() : $T.of(fromWire(replacedByWire))",
            OPTIONAL, OPTIONAL)
        .build());
    spec.addMethod(override("isKnown", TypeName.BOOLEAN).addStatement("return this != $L", UNKNOWN).build());
    for (Attribute attribute : shape.catalog().attributes()) {
      MethodSpec.Builder accessor = accessor(attribute.accessor(), shape.accessorType(attribute));
      if (attribute.list()) {
        accessor.addJavadoc("$L\n\n@return the catalog's {@code $L} values in its order; empty when the entry"
            + " sets none\n", html(attribute.description().strip()), attribute.name())
            .addStatement("return $N", attribute.accessor());
      } else {
        accessor.addJavadoc("$L\n\n@return the catalog's {@code $L} value; empty when the entry sets none\n",
            html(attribute.description().strip()), attribute.name())
            .addStatement("return $T.ofNullable($N)", OPTIONAL, attribute.accessor());
      }
      spec.addMethod(accessor.build());
    }
    if (shape.notes()) {
      spec.addMethod(accessor("note", OPTIONAL_STRING)
          .addJavadoc("The catalog maintainers' note on the code, if any.\n\n"
              + "@return the catalog's {@code note} value, if set\n")
          .addStatement("return $T.ofNullable(note)", OPTIONAL)
          .build());
    }
    if (shape.httpStatuses()) {
      spec.addMethod(accessor("httpStatuses", INTEGER_LIST)
          .addJavadoc("The HTTP statuses the code arrives with; empty when the catalog does not say.\n\n"
              + "@return the statuses\n")
          .addStatement("return httpStatuses")
          .build());
    }
  }

  /** A public instance method of the enum, such as an accessor of a constant's field. */
  private static MethodSpec.Builder accessor(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
  }

  /** A public method that implements one of the interface's. */
  private static MethodSpec.Builder override(String name, TypeName returns) {
    return accessor(name, returns).addAnnotation(Override.class);
  }

  /** Lookup tables in a holder class: built once, on first lookup, after every constant exists. */
  private static TypeSpec wireIndex(Shape shape) {
    ClassName type = shape.type();
    TypeSpec.Builder index = TypeSpec.classBuilder(INDEX)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    switch (shape.wire()) {
      case STRING -> {
        TypeName mapType = ParameterizedTypeName.get(MAP, STRING, type);
        index.addField(FieldSpec.builder(mapType, "BY_WIRE", Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.indexByWire(values())", WIRE_CODES).build());
      }
      case BYTE -> index.addField(FieldSpec.builder(ArrayTypeName.of(type), "BY_BYTE", Modifier.STATIC,
              Modifier.FINAL)
          .initializer("$T.indexByNumber(values(), 256, code -> code.byteValue, $L)", WIRE_CODES, UNKNOWN).build());
      case HTTP_STATUS -> index.addField(FieldSpec.builder(ArrayTypeName.of(type), "BY_STATUS", Modifier.STATIC,
              Modifier.FINAL)
          .initializer("$T.indexByNumber(values(), 600, code -> code.status, $L)", WIRE_CODES, UNKNOWN).build());
    }
    index.addField(FieldSpec.builder(ParameterizedTypeName.get(LIST, type), "KNOWN", Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.known(values())", WIRE_CODES).build());
    return index.build();
  }

  /** The nested enum of a closed attribute: one constant per declared value, which keeps its catalog text. */
  private static TypeSpec attributeEnum(Attribute attribute) {
    TypeSpec.Builder nested = TypeSpec.enumBuilder(attribute.typeName())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The values of the catalog's {@code $L} attribute: $L\n", attribute.name(),
            html(attribute.description().strip()));
    for (String value : attribute.values()) {
      nested.addEnumConstant(Attribute.constant(value), TypeSpec.anonymousClassBuilder("$S", value)
          .addJavadoc("The catalog value {@code $L}.", html(value))
          .build());
    }
    nested.addField(STRING, "value", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(STRING, "value")
            .addStatement("this.value = value")
            .build())
        .addMethod(accessor("value", STRING)
            .addJavadoc("The value as the catalog writes it.\n\n@return the value, such as {@code $L}\n",
                html(attribute.values().get(0)))
            .addStatement("return value")
            .build());
    return nested.build();
  }

  // ---- javadoc

  private static String classDoc(Catalog catalog) {
    StringBuilder doc = new StringBuilder(html(catalog.summary().strip())).append("\n\n");
    doc.append("<p>Generated by the Latchkey codegen plugin from <code>").append(html(catalog.file()))
        .append("</code>; do not edit\n(change the catalog instead). Look codes up with {@link #fromWire(String)}");
    if (catalog.wireKind() == WireKind.BYTE) {
      doc.append(" or {@link #fromByte(int)}");
    } else if (catalog.wireKind() == WireKind.HTTP_STATUS) {
      doc.append(" or {@link #fromStatus(int)}");
    }
    doc.append(";\ncodes the catalog does not know come back as {@link #").append(UNKNOWN)
        .append("}. {@link #knownValues()} lists the known codes.\n\n");
    doc.append("<p>Sources:\n<ul>\n");
    for (DocumentSource source : catalog.sources()) {
      doc.append("  <li>").append(link(source.url(), source.title())).append("</li>\n");
    }
    return doc.append("</ul>\n").toString();
  }

  private static String constantDoc(Shape shape, CatalogEntry entry) {
    StringBuilder doc = new StringBuilder(html(entry.description().strip())).append("\n\n");
    if (shape.errors()) {
      doc.append("<p>Remedies:\n").append(remedyList(entry.remedies())).append("\n");
      doc.append("<p>Wire value <code>").append(html(entry.wireValue()))
          .append("</code>; category {@link ErrorCategory#").append(entry.category()).append("}; ")
          .append(entry.retryable() ? "retryable" : "not retryable").append(".\n");
    } else {
      doc.append("<p>Wire value <code>").append(html(entry.wireValue())).append("</code>.\n");
    }
    List<String> facts = new ArrayList<>();
    for (Attribute attribute : shape.catalog().attributes()) {
      List<String> values = entry.attribute(attribute.name());
      if (!values.isEmpty()) {
        facts.add(attribute.label() + ": " + html(String.join(", ", values)));
      }
    }
    if (!entry.httpStatuses().isEmpty()) {
      facts.add("HTTP status: " + entry.httpStatuses().stream().map(String::valueOf)
          .collect(Collectors.joining(", ")));
    }
    if (!facts.isEmpty()) {
      doc.append("\n<p>").append(String.join("; ", facts)).append(".\n");
    }
    entry.note().ifPresent(note -> doc.append("\n<p>Note: ").append(html(note.strip())).append("\n"));
    doc.append("\n@see ").append(link(entry.docs(), entry.source().title())).append("\n");
    if (entry.deprecated()) {
      doc.append("@deprecated The vendor has dropped this code; it may still arrive from older accounts or"
          + " devices.");
      entry.replacedBy().ifPresent(wire -> shape.catalog().entries().stream()
          .filter(other -> other.wireValue().equals(wire))
          .findFirst()
          .ifPresent(successor -> doc.append(" Replaced by {@link #").append(successor.name()).append("}.")));
      doc.append("\n");
    }
    return doc.toString();
  }

  /** An ordered list of remedies, each labelled with its provenance. */
  private static String remedyList(List<RemedyText> remedies) {
    StringBuilder list = new StringBuilder("<ol>\n");
    for (RemedyText remedy : remedies) {
      list.append("  <li>").append(remedy.fromVendor() ? "Vendor: " : "Latchkey advice: ")
          .append(html(remedy.text().strip())).append("</li>\n");
    }
    return list.append("</ol>\n").toString();
  }

  private static String link(String url, String title) {
    return "<a href=\"" + html(url).replace("\"", "&quot;") + "\">" + html(title) + "</a>";
  }

  /**
   * Makes catalog text safe inside a javadoc comment: HTML special characters, {@code @} (would start a tag),
   * the comment terminator and backslashes (javac reads unicode escapes even in comments).
   */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
