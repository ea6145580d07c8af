import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Build check run at {@code verify} by each published module (see the parent POM): reads the manifest of the
 * jar that was just built and fails unless its {@code Automatic-Module-Name} is the module's stable name.
 *
 * <p>Usage: {@code java CheckAutomaticModuleName.java <jar> <expected-module-name>}.
 */
public final class CheckAutomaticModuleName {

  private CheckAutomaticModuleName() {}

  /**
   * Runs the check.
   *
   * @param args the jar and the expected module name
   * @throws IOException if the jar cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 || args[1].isBlank()) {
      fail("usage: CheckAutomaticModuleName <jar> <expected-module-name>");
    }
    Path jar = Path.of(args[0]);
    String expected = args[1];
    if (!Files.isRegularFile(jar)) {
      fail("no jar at " + jar + " (the check runs after package)");
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      String actual = manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
      if (!expected.equals(actual)) {
        fail(jar.getFileName() + ": Automatic-Module-Name is " + (actual == null ? "missing" : "'" + actual + "'")
            + ", expected '" + expected + "'");
      }
    }
    System.out.println(jar.getFileName() + ": Automatic-Module-Name " + expected);
  }

  private static void fail(String message) {
    System.err.println("CheckAutomaticModuleName: " + message);
    System.exit(1);
  }
}
