package dev.latchkey.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.ErrorCode;
import dev.latchkey.core.Remedy;
import dev.latchkey.core.WireCode;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles the emitted enums with javac (warnings are errors) against sdk-core and exercises their lookups. */
class GeneratedEnumCompileTest {

  @TempDir
  static Path workDirectory;

  private static URLClassLoader loader;
  private static List<String> diagnostics;

  @BeforeAll
  static void compileFixtures() throws IOException {
    Path sources = workDirectory.resolve("src");
    Path classes = workDirectory.resolve("classes");
    Files.createDirectories(classes);
    List<File> files = new ArrayList<>();
    for (String catalog : List.of("valid/byte-codes.yaml", "valid/string-codes.yaml", "valid/http-statuses.yaml",
        "valid/code-list.yaml")) {
      GeneratedSource source = new EnumGenerator().generate(Fixtures.catalog(catalog));
      Path file = sources.resolve(source.relativePath());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.content());
      files.add(file.toFile());
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(collector, Locale.ROOT, null)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:all", "-Werror", "-Xdoclint:all/protected",
          "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
      Boolean compiled = compiler.getTask(null, fileManager, collector, options, null,
          fileManager.getJavaFileObjectsFromFiles(files)).call();
      diagnostics = collector.getDiagnostics().stream()
          .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
          .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber() + ": "
              + d.getMessage(Locale.ROOT))
          .toList();
      assertThat(compiled).as("javac diagnostics: %s", diagnostics).isTrue();
    }
    loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedEnumCompileTest.class.getClassLoader());
  }

  @AfterAll
  static void closeLoader() throws IOException {
    if (loader != null) {
      loader.close();
    }
  }

  @Test
  void compilesWithoutAnyWarningUnderXlintAllAndDoclint() {
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void byteLookupsAcceptEveryHexSpellingAndTheInt() throws Exception {
    for (String raw : List.of("ff", "FF", "0xff", "0xFF", "0XfF", " ff ")) {
      assertThat(call("AcmeErrorCode", "fromWire", raw).name()).as(raw).isEqualTo("ERROR_UNKNOWN");
    }
    assertThat(callInt("AcmeErrorCode", "fromByte", 255).name()).isEqualTo("ERROR_UNKNOWN");
    assertThat(call("AcmeErrorCode", "fromWire", "5").name()).isEqualTo("OLD_MOTOR_BLOCKED");
    assertThat(call("AcmeErrorCode", "fromWire", "0x05").name()).isEqualTo("OLD_MOTOR_BLOCKED");
    assertThat(callInt("AcmeErrorCode", "fromByte", 0x10).name()).isEqualTo("ERROR_BAD_CRC");
  }

  @Test
  void byteLookupsNeverThrowOnUnknownOrMalformedInput() throws Exception {
    for (String raw : new String[] {null, "", "   ", "0x", "fff", "0x100", "gg", "-1", "0y10", "ｆｆ", "255", "1 0"}) {
      ErrorCode code = call("AcmeErrorCode", "fromWire", raw);
      assertThat(code.name()).as("fromWire(%s)", raw).isEqualTo("UNKNOWN_TO_SDK_VERSION");
    }
    for (int value : new int[] {-1, 256, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x11}) {
      assertThat(callInt("AcmeErrorCode", "fromByte", value).isKnown()).as("fromByte(%s)", value).isFalse();
    }
  }

  @Test
  void knownByteCodeCarriesTheCatalogFacts() throws Exception {
    ErrorCode code = call("AcmeErrorCode", "fromWire", "10");

    assertThat(code.vendor()).isEqualTo("acme");
    assertThat(code.wireValue()).isEqualTo("10");
    assertThat(code.description()).startsWith("CRC of received command is invalid (checked with <crc16>");
    assertThat(code.remedies()).containsExactly(
        Remedy.vendor("Resend the command"), Remedy.latchkey("Update the bridge firmware if it keeps happening"));
    assertThat(code.firstRemedy()).contains("Resend the command");
    assertThat(code.category()).isEqualTo(ErrorCategory.PROTOCOL);
    assertThat(code.retryable()).isTrue();
    assertThat(code.docs()).contains(URI.create("https://docs.acme.example/ble.pdf#page=12"));
    assertThat(code.isKnown()).isTrue();
    assertThat(invoke(code, "byteValue")).isEqualTo(0x10);
    assertThat(invoke(code, "note")).isEqualTo(Optional.of("The vendor's table lists this code twice; we keep the first."));
    assertThat(invoke(code, "group")).isEqualTo(Optional.empty());
    assertThat(invoke(call("AcmeErrorCode", "fromWire", "ff"), "group"))
        .isEqualTo(Optional.of(nested("AcmeErrorCode$Group", "GENERAL")));
    assertThat(loader.loadClass("dev.example.acme.AcmeErrorCode").getField("VENDOR").get(null)).isEqualTo("acme");
  }

  @Test
  void deprecatedCodeIsAnnotatedAndResolvesItsSuccessorLazily() throws Exception {
    ErrorCode old = call("AcmeErrorCode", "fromByte", "5");
    Class<?> type = loader.loadClass("dev.example.acme.AcmeErrorCode");

    assertThat(old.deprecated()).isTrue();
    assertThat(type.getField("OLD_MOTOR_BLOCKED").isAnnotationPresent(Deprecated.class)).isTrue();
    assertThat(type.getField("MOTOR_BLOCKED").isAnnotationPresent(Deprecated.class)).isFalse();
    assertThat(old.replacedBy()).map(ErrorCode::name).contains("MOTOR_BLOCKED");
    assertThat(call("AcmeErrorCode", "fromWire", "20").replacedBy()).isEmpty();
  }

  @Test
  void unknownConstantIsLastAndEmpty() throws Exception {
    Object[] constants = loader.loadClass("dev.example.acme.AcmeErrorCode").getEnumConstants();
    ErrorCode unknown = (ErrorCode) constants[constants.length - 1];

    assertThat(constants).extracting(c -> ((Enum<?>) c).name()).containsExactly(
        "ERROR_UNKNOWN", "ERROR_BAD_CRC", "OLD_MOTOR_BLOCKED", "MOTOR_BLOCKED", "UNKNOWN_TO_SDK_VERSION");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.wireValue()).isEmpty();
    assertThat(unknown.category()).isEqualTo(ErrorCategory.UNKNOWN);
    assertThat(unknown.retryable()).isFalse();
    assertThat(unknown.remedies()).isEmpty();
    assertThat(unknown.docs()).isEmpty();
    assertThat(invoke(unknown, "byteValue")).isEqualTo(-1);
  }

  @Test
  void unknownBlockFillsTheUnknownConstant() throws Exception {
    ErrorCode unknown = call("AcmeAccessCodeError", "fromWire", "no_such_code");

    assertThat(((Enum<?>) unknown).name()).isEqualTo("UNKNOWN_TO_SDK_VERSION");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.description()).isEqualTo("An access code error that this SDK version does not know yet.");
    assertThat(unknown.remedies()).containsExactly(
        Remedy.latchkey("Read the error's message for the details."),
        Remedy.vendor("Check the device in the Acme app."));
    assertThat(unknown.category()).isEqualTo(ErrorCategory.PROVIDER_ERROR);
    assertThat(unknown.retryable()).isTrue();
    assertThat(unknown.docs()).isEmpty();
  }

  @Test
  void everyCodeLinksToItsAnchorOnItsCatalogsReferencePage() throws Exception {
    String base = "https://github.com/latchkey/latchkey/blob/main/docs/reference/";

    assertThat(call("AcmeErrorCode", "fromWire", "ff").reference())
        .contains(URI.create(base + "acme-byte-codes.md#ff"));
    assertThat(call("AcmeAccessCodeError", "fromWire", "failed_to_set_on_device").reference())
        .contains(URI.create(base + "acme-string-codes.md#failed_to_set_on_device"));
    assertThat(call("AcmeAccessCodeError", "fromWire", "Duplicate").reference())
        .contains(URI.create(base + "acme-string-codes.md#Duplicate"));
    assertThat(callInt("AcmeHttpStatus", "fromStatus", 503).reference())
        .contains(URI.create(base + "acme-http-statuses.md#503"));
    assertThat(call("AcmeAccessCodeError", "fromWire", "no_such_code").reference())
        .contains(URI.create(base + "acme-string-codes.md#UNKNOWN_TO_SDK_VERSION"));
  }

  @Test
  void stringLookupIsExact() throws Exception {
    assertThat(call("AcmeAccessCodeError", "fromWire", "Duplicate").name()).isEqualTo("DUPLICATE");
    assertThat(call("AcmeAccessCodeError", "fromWire", "failed_to_set_on_device").name())
        .isEqualTo("FAILED_TO_SET_ON_DEVICE");
    for (String raw : new String[] {null, "", "duplicate", "Duplicate ", "no_such_code"}) {
      assertThat(call("AcmeAccessCodeError", "fromWire", raw).isKnown()).as("fromWire(%s)", raw).isFalse();
    }
    ErrorCode duplicate = call("AcmeAccessCodeError", "fromWire", "Duplicate");
    assertThat(invoke(duplicate, "provider")).isEqualTo(Optional.of("august"));
    assertThat(invoke(duplicate, "kind")).isEqualTo(Optional.of(nested("AcmeAccessCodeError$Kind", "SPECIFIC")));
    assertThat(invoke(duplicate, "attachedFrom")).isEqualTo(List.of(
        nested("AcmeAccessCodeError$AttachedFrom", "DEVICE"),
        nested("AcmeAccessCodeError$AttachedFrom", "CONNECTED_ACCOUNT")));
    assertThat(invoke(call("AcmeAccessCodeError", "fromWire", "failed_to_set_on_device"), "attachedFrom"))
        .isEqualTo(List.of(nested("AcmeAccessCodeError$AttachedFrom", "ACCESS_CODE")));
    assertThat(invoke(call("AcmeAccessCodeError", "fromWire", "failed_to_set_on_device"), "provider"))
        .isEqualTo(Optional.empty());
    assertThat(invoke(duplicate, "httpStatuses")).isEqualTo(List.of(409, 422));
    assertThat(invoke(call("AcmeAccessCodeError", "fromWire", "failed_to_set_on_device"), "httpStatuses"))
        .isEqualTo(List.of());
  }

  @Test
  void httpStatusLookups() throws Exception {
    assertThat(call("AcmeHttpStatus", "fromWire", "401").name()).isEqualTo("UNAUTHORIZED");
    assertThat(callInt("AcmeHttpStatus", "fromStatus", 503).name()).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(invoke(callInt("AcmeHttpStatus", "fromStatus", 503), "status")).isEqualTo(503);
    for (String raw : new String[] {null, "", "4O1", "+401", "0401", "99999999999", "404"}) {
      assertThat(call("AcmeHttpStatus", "fromWire", raw).isKnown()).as("fromWire(%s)", raw).isFalse();
    }
    for (int status : new int[] {-1, 0, 404, 600, Integer.MAX_VALUE}) {
      assertThat(callInt("AcmeHttpStatus", "fromStatus", status).isKnown()).as("fromStatus(%s)", status).isFalse();
    }
  }

  @Test
  void optionalAccessorsExistOnlyWhenTheCatalogUsesThem() throws Exception {
    List<String> httpMethods = methodNames("AcmeHttpStatus");
    assertThat(httpMethods).contains("fromStatus", "status")
        .doesNotContain("group", "note", "provider", "httpStatuses", "fromByte", "byteValue");
    assertThat(methodNames("AcmeErrorCode")).contains("group", "note", "fromByte", "byteValue")
        .doesNotContain("provider", "kind", "attachedFrom", "httpStatuses", "fromStatus");
  }

  @Test
  void knownValuesAreEveryConstantButUnknownInCatalogOrderAndUnmodifiable() throws Exception {
    for (String type : List.of("AcmeErrorCode", "AcmeAccessCodeError", "AcmeHttpStatus", "AcmeEventType")) {
      Class<?> enumType = loader.loadClass("dev.example.acme." + type);
      @SuppressWarnings("unchecked")
      List<Object> known = (List<Object>) enumType.getMethod("knownValues").invoke(null);
      List<Object> expected = new ArrayList<>(List.of(enumType.getEnumConstants()));
      expected.remove(expected.size() - 1);

      assertThat(known).as(type).containsExactlyElementsOf(expected);
      assertThat(enumType.getMethod("knownValues").invoke(null)).as("same list on every call").isSameAs(known);
      assertThatThrownBy(() -> known.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void codeListIsAWireCodeWithoutRemediesAndWithTypedAttributes() throws Exception {
    Class<?> type = loader.loadClass("dev.example.acme.AcmeEventType");
    Method fromWire = type.getMethod("fromWire", String.class);
    WireCode created = (WireCode) fromWire.invoke(null, "access_code.created");
    WireCode online = (WireCode) fromWire.invoke(null, "device.online");
    WireCode unknown = (WireCode) fromWire.invoke(null, "device.exploded");

    assertThat(WireCode.class.isAssignableFrom(type)).isTrue();
    assertThat(ErrorCode.class.isAssignableFrom(type)).isFalse();
    assertThat(methodNames("AcmeEventType")).doesNotContain("remedies", "category", "retryable", "firstRemedy");
    assertThat(created.wireValue()).isEqualTo("access_code.created");
    assertThat(created.description()).isEqualTo("An access code was created.");
    assertThat(created.vendor()).isEqualTo("acme");
    assertThat(invoke(created, "resource")).isEqualTo(Optional.of(nested("AcmeEventType$Resource", "ACCESS_CODE")));
    assertThat(invoke(created, "topics")).isEqualTo(List.of("access", "codes"));
    assertThat(invoke(online, "topics")).isEqualTo(List.of("devices"));
    assertThat(online.deprecated()).isTrue();
    assertThat(online.replacedBy()).map(WireCode::name).contains("DEVICE_CONNECTED");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.description()).isEqualTo("An event type this SDK version does not know.");
    assertThat(invoke(unknown, "resource")).isEqualTo(Optional.empty());
    assertThat(invoke(unknown, "topics")).isEqualTo(List.of());
    Object accountModel = nested("AcmeEventType$Resource", "ACCOUNT_MODEL");
    assertThat(accountModel.getClass().getMethod("value").invoke(accountModel)).isEqualTo("account-model");
  }

  private static Object nested(String binaryName, String constant) throws ClassNotFoundException {
    for (Object value : loader.loadClass("dev.example.acme." + binaryName).getEnumConstants()) {
      if (((Enum<?>) value).name().equals(constant)) {
        return value;
      }
    }
    throw new AssertionError("no constant " + constant + " in " + binaryName);
  }

  private static List<String> methodNames(String simpleName) throws ClassNotFoundException {
    return java.util.Arrays.stream(loader.loadClass("dev.example.acme." + simpleName).getDeclaredMethods())
        .map(Method::getName).toList();
  }

  private static ErrorCode call(String simpleName, String method, String argument) throws Exception {
    if (method.equals("fromByte")) {
      return callInt(simpleName, method, Integer.parseInt(argument));
    }
    Method lookup = loader.loadClass("dev.example.acme." + simpleName).getMethod(method, String.class);
    return (ErrorCode) invokeStatic(lookup, argument);
  }

  private static ErrorCode callInt(String simpleName, String method, int argument) throws Exception {
    Method lookup = loader.loadClass("dev.example.acme." + simpleName).getMethod(method, int.class);
    return (ErrorCode) invokeStatic(lookup, argument);
  }

  private static Object invokeStatic(Method method, Object argument) throws Exception {
    try {
      return method.invoke(null, argument);
    } catch (InvocationTargetException e) {
      throw new AssertionError(method.getName() + "(" + argument + ") threw", e.getCause());
    }
  }

  private static Object invoke(Object target, String method) throws Exception {
    return target.getClass().getMethod(method).invoke(target);
  }
}
