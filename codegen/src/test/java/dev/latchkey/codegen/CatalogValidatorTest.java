package dev.latchkey.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCategory;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per kind of problem, each asserting the exact file, line, column and message. */
class CatalogValidatorTest {

  @Test
  void categoryNamesAreExactlySdkCoresErrorCategory() {
    assertThat(CatalogValidator.CATEGORIES)
        .containsExactlyElementsOf(Arrays.stream(ErrorCategory.values()).map(Enum::name).toList());
  }

  @Test
  void validFixturesHaveNoProblems() {
    CatalogValidator.Result result =
        Fixtures.validate("valid/byte-codes.yaml", "valid/string-codes.yaml", "valid/http-statuses.yaml");

    assertThat(result.problems()).isEmpty();
    assertThat(result.catalogs()).extracting(Catalog::type).containsExactly(
        "dev.example.acme.AcmeErrorCode", "dev.example.acme.AcmeAccessCodeError", "dev.example.acme.AcmeHttpStatus");
  }

  @Test
  void modelKeepsFileOrderCanonicalWireValuesAndProvenance() {
    Catalog catalog = Fixtures.catalog("valid/byte-codes.yaml");

    assertThat(catalog.entries()).extracting(CatalogEntry::name)
        .containsExactly("ERROR_UNKNOWN", "ERROR_BAD_CRC", "OLD_MOTOR_BLOCKED", "MOTOR_BLOCKED");
    assertThat(catalog.entries()).extracting(CatalogEntry::wireValue).containsExactly("ff", "10", "05", "20");
    CatalogEntry crc = catalog.entries().get(1);
    assertThat(crc.remedies()).containsExactly(
        new RemedyText("Resend the command", true),
        new RemedyText("Update the bridge firmware if it keeps happening", false));
    assertThat(crc.docs()).isEqualTo("https://docs.acme.example/ble.pdf#page=12");
    assertThat(catalog.entries().get(0).docs()).isEqualTo("https://docs.acme.example/errors/");
    assertThat(catalog.entries().get(2).replacedBy()).contains("20");
    assertThat(catalog.entries().get(2).remedies()).allMatch(remedy -> !remedy.fromVendor());
  }

  @Test
  void unknownBlockSetsTheFallbackConstant() {
    Catalog catalog = Fixtures.catalog("valid/string-codes.yaml");

    assertThat(catalog.unknown()).contains(new UnknownCode(
        "An access code error that this SDK version does not know yet.",
        List.of(new RemedyText("Read the error's message for the details.", false),
            new RemedyText("Check the device in the Acme app.", true)),
        "PROVIDER_ERROR", true));
    assertThat(Fixtures.catalog("valid/byte-codes.yaml").unknown()).isEmpty();
  }

  @Test
  void unknownBlockDefaultsToCategoryUnknownNotRetryableNoRemedies() {
    assertThat(Fixtures.catalog("valid/unknown-defaults.yaml").unknown()).contains(
        new UnknownCode("A warning this SDK version does not know.", List.of(), "UNKNOWN", false));
  }

  @Test
  void unknownBlockIsValidatedLikeEntries() {
    assertThat(Fixtures.problems("invalid/unknown-block.yaml")).containsExactly(
        "invalid/unknown-block.yaml:20:3: missing required key 'remedy_source' (remedies has plain strings:"
            + " are they the vendor's words or Latchkey's advice?)",
        "invalid/unknown-block.yaml:20:16: description must be a string, found a list",
        "invalid/unknown-block.yaml:21:33: a remedy must be a string or a map {text, source},"
            + " found the integer '42'",
        "invalid/unknown-block.yaml:22:3: unknown key 'remedy_sorce'; did you mean 'remedy_source'?",
        "invalid/unknown-block.yaml:23:13: unknown category 'UNKNWON'; did you mean 'UNKNOWN'?",
        "invalid/unknown-block.yaml:24:14: retryable must be true or false, found the string 'no'");
  }

  @Test
  void unknownBlockNeedsADescription() {
    assertThat(Fixtures.problems("invalid/unknown-block-missing.yaml")).containsExactly(
        "invalid/unknown-block-missing.yaml:20:3: missing required key 'description'",
        "invalid/unknown-block-missing.yaml:20:3: missing required key 'remedy_source' (remedies has plain"
            + " strings: are they the vendor's words or Latchkey's advice?)");
  }

  @Test
  void unknownBlockMustBeAMap() {
    assertThat(Fixtures.problems("invalid/unknown-not-a-map.yaml")).containsExactly(
        "invalid/unknown-not-a-map.yaml:19:10: unknown must be a map, found the string 'Read the message.'");
  }

  @Test
  void yamlSyntaxError() {
    assertThat(Fixtures.problems("invalid/syntax-error.yaml")).containsExactly(
        "invalid/syntax-error.yaml:15:18: YAML syntax error: while parsing a flow sequence started at line 14:15:"
            + " expected ',' or ']', but got :");
  }

  @Test
  void emptyFile() {
    assertThat(Fixtures.problems("invalid/empty.yaml")).containsExactly(
        "invalid/empty.yaml:1:1: empty catalog: expected a map with schema, vendor, type, ...");
  }

  @Test
  void duplicateYamlKey() {
    assertThat(Fixtures.problems("invalid/duplicate-yaml-key.yaml")).containsExactly(
        "invalid/duplicate-yaml-key.yaml:13:5: duplicate key 'name' (first at line 12)");
  }

  @Test
  void unknownKeyWithSuggestion() {
    assertThat(Fixtures.problems("invalid/unknown-key.yaml")).containsExactly(
        "invalid/unknown-key.yaml:19:5: unknown key 'replace_by'; did you mean 'replaced_by'?");
  }

  @Test
  void missingRequiredKeyPointsAtTheEntry() {
    assertThat(Fixtures.problems("invalid/missing-key.yaml")).containsExactly(
        "invalid/missing-key.yaml:11:5: missing required key 'retryable'");
  }

  @Test
  void wrongYamlTypes() {
    assertThat(Fixtures.problems("invalid/wrong-type.yaml")).containsExactly(
        "invalid/wrong-type.yaml:13:18: description must be a string, found a list",
        "invalid/wrong-type.yaml:17:16: retryable must be true or false, found the string 'yes'");
  }

  @Test
  void wrongSchema() {
    assertThat(Fixtures.problems("invalid/bad-schema.yaml")).containsExactly(
        "invalid/bad-schema.yaml:1:9: schema must be 'latchkey-catalog/2', found 'latchkey-catalog/1' (format 2 has"
            + " no built-in attributes: declare the entries' group, provider, kind, attached_from under"
            + " attributes:, see catalog/README.md)");
  }

  @Test
  void typeThatIsNotAQualifiedJavaName() {
    assertThat(Fixtures.problems("invalid/bad-type.yaml")).containsExactly(
        "invalid/bad-type.yaml:3:7: type 'dev.example.acme.Acme-Error' is not a qualified Java name such as"
            + " dev.latchkey.nuki.NukiErrorCode");
  }

  @Test
  void malformedByteCode() {
    assertThat(Fixtures.problems("invalid/malformed-byte-code.yaml")).containsExactly(
        "invalid/malformed-byte-code.yaml:11:11: code must be a byte 0..255 written as 0xFF or 255,"
            + " found the integer '0x1FF'");
  }

  @Test
  void malformedStringCode() {
    assertThat(Fixtures.problems("invalid/malformed-string-code.yaml")).containsExactly(
        "invalid/malformed-string-code.yaml:11:11: code 'failed to set' must not contain spaces");
  }

  @Test
  void malformedHttpStatusCode() {
    assertThat(Fixtures.problems("invalid/malformed-http-code.yaml")).containsExactly(
        "invalid/malformed-http-code.yaml:11:11: code must be an HTTP status 100..599, found the integer '700'");
  }

  @Test
  void duplicateCodeComparesValuesNotSpelling() {
    assertThat(Fixtures.problems("invalid/duplicate-code.yaml")).containsExactly(
        "invalid/duplicate-code.yaml:19:11: duplicate code 255 (first at line 11)");
  }

  @Test
  void duplicateName() {
    assertThat(Fixtures.problems("invalid/duplicate-name.yaml")).containsExactly(
        "invalid/duplicate-name.yaml:20:11: duplicate name 'ERROR_UNKNOWN' (first at line 12)");
  }

  @Test
  void nameThatIsNotAnUpperSnakeCaseIdentifier() {
    assertThat(Fixtures.problems("invalid/bad-name.yaml")).containsExactly(
        "invalid/bad-name.yaml:20:11: name 'badCrc' is not an UPPER_SNAKE_CASE Java identifier ([A-Z][A-Z0-9_]*)");
  }

  @Test
  void nameReservedByTheGeneratedEnum() {
    assertThat(Fixtures.problems("invalid/reserved-name.yaml")).containsExactly(
        "invalid/reserved-name.yaml:12:11: name 'VENDOR' is reserved: the generated enum declares it itself");
  }

  @Test
  void unknownCategoryWithSuggestion() {
    assertThat(Fixtures.problems("invalid/unknown-category.yaml")).containsExactly(
        "invalid/unknown-category.yaml:16:15: unknown category 'DEVICE_UNREACHABL';"
            + " did you mean 'DEVICE_UNREACHABLE'?");
  }

  @Test
  void unknownRemedySourceAndDeclaredAttributeValues() {
    assertThat(Fixtures.problems("invalid/unknown-values.yaml")).containsExactly(
        "invalid/unknown-values.yaml:18:20: unknown remedy_source 'vendr'; did you mean 'vendor'?",
        "invalid/unknown-values.yaml:22:11: unknown kind 'generc'; did you mean 'generic'?",
        "invalid/unknown-values.yaml:23:20: unknown attached_from 'lock' (expected one of: access_code, device)");
  }

  @Test
  void entriesAreCheckedAgainstTheCatalogsOwnAttributeDeclarations() {
    assertThat(Fixtures.problems("invalid/attribute-values.yaml")).containsExactly(
        "invalid/attribute-values.yaml:23:11: kind takes one value, found a list (its declaration has no list: true)",
        "invalid/attribute-values.yaml:24:29: unknown attached_from 'devise'; did you mean 'device'?",
        "invalid/attribute-values.yaml:24:37: attached_from lists 'device' twice",
        "invalid/attribute-values.yaml:25:15: provider takes one value, found a list"
            + " (its declaration has no list: true)",
        "invalid/attribute-values.yaml:26:5: unknown key 'providr'; did you mean 'provider'?",
        "invalid/attribute-values.yaml:27:5: unknown key 'group' (not an entry key, and the catalog declares no"
            + " such attribute under attributes:)",
        "invalid/attribute-values.yaml:36:11: unknown kind 'Generic'; did you mean 'generic'?",
        "invalid/attribute-values.yaml:37:20: attached_from must not be an empty list (leave the key out)");
  }

  @Test
  void attributeDeclarationsAreValidated() {
    assertThat(Fixtures.problems("invalid/attribute-declarations.yaml")).containsExactly(
        "invalid/attribute-declarations.yaml:7:13: attribute name 'Group' must be a lower-case snake_case word"
            + " ([a-z][a-z0-9_]*)",
        "invalid/attribute-declarations.yaml:8:13: attribute name 'note' is an entry key of the format itself",
        "invalid/attribute-declarations.yaml:9:13: attribute name 'wire_value' would generate the accessor"
            + " wireValue(), which the generated enum declares itself or Java reserves",
        "invalid/attribute-declarations.yaml:10:13: attribute name 'acme_error_code' would generate the nested type"
            + " AcmeErrorCode, which clashes with the enum or its lookup index",
        "invalid/attribute-declarations.yaml:11:13: attribute name 'class' would generate the accessor class(),"
            + " which the generated enum declares itself or Java reserves",
        "invalid/attribute-declarations.yaml:12:55: value '1st' gives no Java constant (it must start with a letter)",
        "invalid/attribute-declarations.yaml:13:76: value 'low_battery' gives the same constant LOW_BATTERY as"
            + " 'low-battery'",
        "invalid/attribute-declarations.yaml:14:57: values must not be empty (leave it out for free text)",
        "invalid/attribute-declarations.yaml:15:13: duplicate attribute 'region' (first at line 14)",
        "invalid/attribute-declarations.yaml:16:5: missing required key 'description'",
        "invalid/attribute-declarations.yaml:17:39: unknown key 'lst'; did you mean 'list'?");
  }

  @Test
  void declaredAttributesReachTheModel() {
    Catalog catalog = Fixtures.catalog("valid/string-codes.yaml");

    assertThat(catalog.attributes()).containsExactly(
        new Attribute("provider", "The lock maker a brand-specific code comes from.", List.of(), false),
        new Attribute("kind", "Whether the guide lists the code as generic or specific.",
            List.of("generic", "specific"), false),
        new Attribute("attached_from", "Where an error attached to an access code comes from.",
            List.of("access_code", "device", "connected_account"), true));
    CatalogEntry duplicate = catalog.entries().get(1);
    assertThat(duplicate.attribute("attached_from")).containsExactly("device", "connected_account");
    assertThat(duplicate.attribute("provider")).containsExactly("august");
    assertThat(catalog.entries().get(0).attribute("provider")).isEmpty();
  }

  @Test
  void codeListRejectsRemediesCategoryAndRetryable() {
    String rejected = " is not allowed in a code list (kind: codes); only error catalogs have remedies, category"
        + " and retryable";
    assertThat(Fixtures.problems("invalid/code-list-error-keys.yaml")).containsExactly(
        "invalid/code-list-error-keys.yaml:15:5: remedies" + rejected,
        "invalid/code-list-error-keys.yaml:16:5: remedy_source" + rejected,
        "invalid/code-list-error-keys.yaml:17:5: category" + rejected,
        "invalid/code-list-error-keys.yaml:18:5: retryable" + rejected,
        "invalid/code-list-error-keys.yaml:22:3: category" + rejected);
  }

  @Test
  void errorCatalogStillRequiresRemediesCategoryAndRetryable() {
    assertThat(Fixtures.problems("invalid/error-catalog-without-error-keys.yaml")).containsExactly(
        "invalid/error-catalog-without-error-keys.yaml:12:5: missing required key 'remedies'",
        "invalid/error-catalog-without-error-keys.yaml:12:5: missing required key 'category'",
        "invalid/error-catalog-without-error-keys.yaml:12:5: missing required key 'retryable'");
  }

  @Test
  void unknownCatalogKindWithSuggestion() {
    assertThat(Fixtures.problems("invalid/code-list-kind.yaml"))
        .startsWith("invalid/code-list-kind.yaml:4:7: unknown kind 'code'; did you mean 'codes'?");
  }

  @Test
  void codeListModel() {
    Catalog catalog = Fixtures.catalog("valid/code-list.yaml");

    assertThat(catalog.kind()).isEqualTo(CatalogKind.CODES);
    assertThat(catalog.errors()).isFalse();
    assertThat(catalog.entries()).extracting(CatalogEntry::remedies).allMatch(List::isEmpty);
    assertThat(catalog.entries().get(2).attribute("topics")).containsExactly("devices");
    assertThat(catalog.unknown()).map(UnknownCode::description)
        .contains("An event type this SDK version does not know.");
  }

  @Test
  void sourceRemedyFromAndReplacedByThatPointNowhere() {
    assertThat(Fixtures.problems("invalid/dangling-references.yaml")).containsExactly(
        "invalid/dangling-references.yaml:18:13: source 'acme-docs' points to no source id (known: acme)",
        "invalid/dangling-references.yaml:19:18: remedy_from 'acme-ble' points to no source id (known: acme)",
        "invalid/dangling-references.yaml:21:18: replaced_by 0x10 points to no code in this file");
  }

  @Test
  void replacedByWithoutDeprecated() {
    assertThat(Fixtures.problems("invalid/replaced-without-deprecated.yaml")).containsExactly(
        "invalid/replaced-without-deprecated.yaml:19:5: replaced_by is allowed only with deprecated: true");
  }

  @Test
  void twoCatalogsThatGenerateTheSameType() {
    assertThat(Fixtures.problems("invalid/same-type-a.yaml", "invalid/same-type-b.yaml")).containsExactly(
        "invalid/same-type-b.yaml:3:7: type 'dev.example.acme.AcmeErrorCode' is also generated by"
            + " invalid/same-type-a.yaml:3:7");
  }

  @Test
  void rootThatIsNotAMap() {
    assertThat(Fixtures.problems("invalid/root-not-a-map.yaml")).containsExactly(
        "invalid/root-not-a-map.yaml:1:1: the catalog must be a map, found a list");
  }

  @Test
  void wireFormOnlyForByteCatalogs() {
    assertThat(Fixtures.problems("invalid/wire-form.yaml")).containsExactly(
        "invalid/wire-form.yaml:5:23: form applies only to wire kind byte",
        "invalid/wire-form.yaml:11:11: code must be a string, found the integer '0xFF' (quote it)");
  }

  @Test
  void plainStringRemediesNeedRemedySource() {
    assertThat(Fixtures.problems("invalid/missing-remedy-source.yaml")).containsExactly(
        "invalid/missing-remedy-source.yaml:11:5: missing required key 'remedy_source' (remedies has plain"
            + " strings: are they the vendor's words or Latchkey's advice?)");
  }

  @Test
  void importerPlaceholderRemediesAreReportedUntilAMaintainerWritesOne() {
    assertThat(Fixtures.problems("invalid/placeholder-remedy.yaml")).containsExactly(
        "invalid/placeholder-remedy.yaml:15:9: placeholder remedy left by an importer: write a real remedy (and"
            + " check category and retryable) in place of 'REMEDY NEEDED: the importer added failed_to_issue'",
        "invalid/placeholder-remedy.yaml:24:15: placeholder remedy left by an importer: write a real remedy (and"
            + " check category and retryable) in place of 'REMEDY NEEDED: the importer added failed_to_expire'");
  }

  @Test
  void remedyItemsAreStringsOrTextSourceMaps() {
    assertThat(Fixtures.problems("invalid/bad-remedy-item.yaml")).containsExactly(
        "invalid/bad-remedy-item.yaml:14:52: unknown key 'why' (allowed: text, source)",
        "invalid/bad-remedy-item.yaml:14:67: a remedy must be a string or a map {text, source},"
            + " found the integer '42'");
  }

  @Test
  void urlsMustBeAbsoluteHttpAndStatusesInRange() {
    assertThat(Fixtures.problems("invalid/bad-urls-and-statuses.yaml")).containsExactly(
        "invalid/bad-urls-and-statuses.yaml:9:10: url 'ftp://docs.acme.example/errors' is not an absolute"
            + " http(s) URL",
        "invalid/bad-urls-and-statuses.yaml:19:11: docs '/errors#ff' is not an absolute http(s) URL",
        "invalid/bad-urls-and-statuses.yaml:20:24: http_status must be an HTTP status 100..599 or a list of"
            + " them, found the integer '99'");
  }

  @Test
  void reportsEveryProblemOfEveryFileAtOnceInOrder() {
    CatalogValidator.Result result =
        Fixtures.validate("invalid/many-problems.yaml", "invalid/missing-key.yaml", "valid/http-statuses.yaml");

    assertThat(result.problems()).extracting(Problem::format).containsExactly(
        "invalid/many-problems.yaml:2:9: vendor 'Acme' must be a lower-case id ([a-z][a-z0-9-]*)",
        "invalid/many-problems.yaml:9:10: url 'docs.acme.example' is not an absolute http(s) URL",
        "invalid/many-problems.yaml:12:11: name 'error unknown' is not an UPPER_SNAKE_CASE Java identifier"
            + " ([A-Z][A-Z0-9_]*)",
        "invalid/many-problems.yaml:16:15: unknown category 'OFFLINE' (expected one of: "
            + String.join(", ", CatalogValidator.CATEGORIES) + ")",
        "invalid/many-problems.yaml:19:5: duplicate key 'retryable' (first at line 17)",
        "invalid/missing-key.yaml:3:7: type 'dev.example.acme.AcmeErrorCode' is also generated by"
            + " invalid/many-problems.yaml:3:7",
        "invalid/missing-key.yaml:11:5: missing required key 'retryable'");
    assertThat(result.catalogs()).extracting(Catalog::type).containsExactly("dev.example.acme.AcmeHttpStatus");
  }
}
