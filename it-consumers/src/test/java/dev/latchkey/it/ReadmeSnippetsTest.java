package dev.latchkey.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Compiles every {@code ```java} block of the root README against this module's test class path, so that the
 * README cannot drift from the API; then runs the README's {@code GuestCodesTest} against the simulator.
 *
 * <p>The convention (also in the README, section "Tests"): a block that starts with {@code package} is a
 * source file; any other block is a fragment, preceded by {@code <!-- snippet: Type name, ... -->} naming its
 * free variables, and compiled as the body of a method with those parameters and {@link #FRAGMENT_IMPORTS}.
 */
class ReadmeSnippetsTest {

  static final List<String> FRAGMENT_IMPORTS = List.of(
      "dev.latchkey.core.*", "dev.latchkey.seam.*", "dev.latchkey.nuki.*", "dev.latchkey.nuki.operation.*",
      "dev.latchkey.tapkey.*",
      "java.time.*", "java.util.*");

  private static final Path README = Path.of("..", "README.md");
  private static final Pattern MARKER = Pattern.compile("^<!-- snippet:(.*)-->\\s*$");
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern TYPE = Pattern.compile("^(?:public )?(?:final )?(?:class|interface|record|enum) (\\w+)",
      Pattern.MULTILINE);

  /** One {@code ```java} block: where it starts in the README (1-based line of the fence) and its text. */
  record Snippet(int line, String marker, String code) {
    boolean isSourceFile() {
      return code.stripLeading().startsWith("package ");
    }

    String describe() {
      return "README.md snippet at line " + line;
    }
  }

  private static List<Snippet> readme;
  private static Path readmeClasses;

  /** One javac run for the README, shared by the tests below. */
  @BeforeAll
  static void compileTheReadme() throws IOException {
    readme = snippets(Files.readAllLines(README, StandardCharsets.UTF_8));
    readmeClasses = compile(readme);
  }

  @Test
  void everyJavaBlockOfTheReadmeCompiles() {
    assertThat(readme).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(6);
    assertThat(readme).filteredOn(Snippet::isSourceFile).as("source files in README.md").hasSize(2);
    assertThat(readmeClasses.resolve("com/example/rentals/GuestCodes.class")).exists();
    assertThat(readmeClasses.resolve("com/example/rentals/GuestCodesTest.class")).exists();
  }

  @Test
  void theReadmesJUnitTestPassesAgainstTheSimulator() throws Exception {
    Path classes = readmeClasses;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Class<?> testClass = loader.loadClass("com.example.rentals.GuestCodesTest");
      int run = 0;
      for (Method test : testClass.getDeclaredMethods()) {
        if (test.isAnnotationPresent(Test.class)) {
          runLikeJUnit(testClass, test);
          run++;
        }
      }
      assertThat(run).as("@Test methods of the README's GuestCodesTest").isEqualTo(3);
    }
  }

  @Test
  void aSnippetThatDoesNotCompileIsNamedWithJavacsError() throws Exception {
    List<Snippet> broken = List.of(new Snippet(42, "SeamClient seam", "seam.noSuchMethod();"));
    AssertionError error = null;
    try {
      compile(broken);
    } catch (AssertionError e) {
      error = e;
    }
    assertThat(error).as("compiling a broken snippet fails").isNotNull();
    assertThat(error.getMessage()).contains("README.md snippet at line 42").contains("noSuchMethod");
  }

  /** The java blocks of a Markdown text, with the snippet marker just before each (null if none). */
  static List<Snippet> snippets(List<String> lines) {
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```java")) {
        continue;
      }
      int fence = i;
      String marker = null;
      int before = fence - 1;
      while (before >= 0 && lines.get(before).isBlank()) {
        before--;
      }
      if (before >= 0) {
        Matcher m = MARKER.matcher(lines.get(before).strip());
        if (m.matches()) {
          marker = m.group(1).strip();
        }
      }
      StringBuilder code = new StringBuilder();
      for (i = fence + 1; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
        code.append(lines.get(i)).append('\n');
      }
      if (i == lines.size()) {
        throw new AssertionError("README.md snippet at line " + (fence + 1) + " has no closing ```");
      }
      snippets.add(new Snippet(fence + 1, marker, code.toString()));
    }
    return snippets;
  }

  /** Compiles all snippets in one javac run into a fresh directory; fails naming each snippet javac rejects. */
  static Path compile(List<Snippet> snippets) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    List<Snippet> owners = new ArrayList<>();
    for (Snippet snippet : snippets) {
      sources.add(source(snippet, sources.size()));
      owners.add(snippet);
    }
    Path out = Files.createTempDirectory(Path.of("target"), "readme-snippets");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-d", out.toString(), "-classpath", testClassPath(), "-proc:none",
        "-Xlint:all,-processing", "-Werror", "--release", "17");
    boolean ok = javac.getTask(new StringWriter(), null, diagnostics, options, null, sources).call();
    StringBuilder problems = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      int index = d.getSource() == null ? -1 : sources.indexOf(d.getSource());
      String where = index < 0 ? "README.md" : owners.get(index).describe();
      problems.append(where).append(" (generated line ").append(d.getLineNumber()).append("): ")
          .append(d.getMessage(Locale.ROOT)).append('\n');
    }
    if (!ok || problems.length() > 0) {
      throw new AssertionError("README snippets do not compile:\n" + problems);
    }
    return out;
  }

  private static JavaFileObject source(Snippet snippet, int index) {
    String text;
    String path;
    if (snippet.isSourceFile()) {
      Matcher pkg = PACKAGE.matcher(snippet.code());
      Matcher type = TYPE.matcher(snippet.code());
      if (!pkg.find() || !type.find()) {
        throw new AssertionError(snippet.describe() + ": a source file needs a package and a top-level type");
      }
      text = snippet.code();
      path = pkg.group(1).replace('.', '/') + "/" + type.group(1) + ".java";
    } else {
      if (snippet.marker() == null) {
        throw new AssertionError(snippet.describe() + ": a fragment needs a <!-- snippet: Type name, ... --> "
            + "comment before it (see README, section Tests)");
      }
      String name = "Snippet" + index;
      StringBuilder unit = new StringBuilder("package readme.snippets;\n");
      FRAGMENT_IMPORTS.forEach(i -> unit.append("import ").append(i).append(";\n"));
      unit.append("@SuppressWarnings(\"unused\") final class ").append(name).append(" {\n")
          .append("  void run(").append(snippet.marker()).append(") throws Exception {\n")
          .append(snippet.code())
          .append("  }\n}\n");
      text = unit.toString();
      path = "readme/snippets/" + name + ".java";
    }
    return new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  /** Surefire may put the class path in a manifest-only jar; it always passes the real one in this property. */
  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  /** Runs one test method as JUnit 5 would: a fresh instance, its @BeforeEach and @AfterEach around it. */
  private static void runLikeJUnit(Class<?> testClass, Method test) throws Exception {
    var constructor = testClass.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object instance = constructor.newInstance();
    List<Method> before = new ArrayList<>();
    List<Method> after = new ArrayList<>();
    for (Method m : testClass.getDeclaredMethods()) {
      m.setAccessible(true);
      if (m.isAnnotationPresent(BeforeEach.class)) {
        before.add(m);
      }
      if (m.isAnnotationPresent(AfterEach.class)) {
        after.add(m);
      }
    }
    test.setAccessible(true);
    try {
      for (Method m : before) {
        m.invoke(instance);
      }
      test.invoke(instance);
    } catch (InvocationTargetException e) {
      fail("README GuestCodesTest." + test.getName() + " failed", e.getCause());
    } finally {
      for (Method m : after) {
        m.invoke(instance);
      }
    }
  }
}
