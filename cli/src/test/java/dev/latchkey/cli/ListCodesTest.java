package dev.latchkey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.ErrorCode;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.nuki.NukiErrorCode;
import org.junit.jupiter.api.Test;

class ListCodesTest {

  @Test
  void listsEveryCodeOfAVendorsCatalogs() {
    JsonValue json = CliRun.run("list", "nuki", "--json").json();

    assertThat(json.get("count").numberValue().intValue()).isEqualTo(count("nuki", null, false, false));
    for (JsonValue code : json.get("codes").items()) {
      assertThat(code.get("vendor").stringValue()).isEqualTo("nuki");
    }
  }

  @Test
  void filtersCombine() {
    for (ErrorCategory category : new ErrorCategory[] {ErrorCategory.CONFLICT, ErrorCategory.DEVICE_UNREACHABLE}) {
      JsonValue json = CliRun.run("list", "--category", category.name().toLowerCase(), "--retryable", "--json").json();

      assertThat(json.get("count").numberValue().intValue()).isEqualTo(count(null, category, true, false));
      for (JsonValue code : json.get("codes").items()) {
        assertThat(code.get("category").stringValue()).isEqualTo(category.name());
        assertThat(code.get("retryable").booleanValue()).isTrue();
      }
    }
    JsonValue deprecated = CliRun.run("list", "seam", "--deprecated", "--json").json();
    assertThat(deprecated.get("count").numberValue().intValue()).isEqualTo(count("seam", null, false, true))
        .isPositive();
  }

  @Test
  void theTableHasAHeaderAndOneRowPerCode() {
    CliRun run = CliRun.run("list", "nuki");

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_OK);
    assertThat(run.out()).contains("NukiErrorCode", "CODE", "NAME", "CATEGORY", "RETRY", "DESCRIPTION");
    for (NukiErrorCode code : NukiErrorCode.knownValues()) {
      assertThat(run.out()).containsPattern("(?m)^" + code.wireValue() + " +" + code.name() + " +"
          + code.category().name() + " ");
    }
  }

  @Test
  void nothingMatchingExitsWithOne() {
    String vendor = null;
    ErrorCategory empty = null;
    for (ErrorCategory category : ErrorCategory.values()) {
      if (empty == null && count("nuki", category, false, false) == 0) {
        vendor = "nuki";
        empty = category;
      }
    }
    assertThat(empty).as("a category no Nuki code has").isNotNull();
    CliRun run = CliRun.run("list", vendor, "--category", empty.name());

    assertThat(run.exit()).isEqualTo(Latchkey.EXIT_NOT_FOUND);
    assertThat(run.err()).contains("no code matches in nuki's catalogs");
  }

  @Test
  void badVendorOrCategoryIsBadUsage() {
    CliRun vendor = CliRun.run("list", "acme");
    assertThat(vendor.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(vendor.err()).contains("unknown vendor 'acme'");

    CliRun category = CliRun.run("list", "--category", "sideways");
    assertThat(category.exit()).isEqualTo(Latchkey.EXIT_USAGE);
    assertThat(category.err()).contains("sideways", ErrorCategory.CONFLICT.name());
  }

  private static int count(String vendor, ErrorCategory category, boolean retryable, boolean deprecated) {
    int count = 0;
    for (Catalog catalog : Catalog.values()) {
      if (vendor != null && !catalog.vendor().equals(vendor)) {
        continue;
      }
      for (ErrorCode code : catalog.known()) {
        if ((category == null || code.category() == category) && (!retryable || code.retryable())
            && (!deprecated || code.deprecated())) {
          count++;
        }
      }
    }
    return count;
  }
}
