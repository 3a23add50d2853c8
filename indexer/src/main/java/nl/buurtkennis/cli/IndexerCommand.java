package nl.buurtkennis.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * How to run the indexer's command line from the jar this JVM was started with, for messages
 * that tell a librarian which command to run: {@code java -jar indexer/target/indexer.jar} when
 * that is the jar, {@code java -cp server/target/server.jar nl.buurtkennis.cli.IndexerMain} from
 * the server's jar (which holds the indexer too), the jar named as it was on the command line.
 */
public final class IndexerCommand {
  static final String MAIN_CLASS = IndexerMain.class.getName();
  /** The characters a shell takes as they are; any other makes an argument quoted. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=+,@%-]+");

  private IndexerCommand() {}

  /** The command, without its arguments, as this JVM would be started to run the indexer. */
  public static String current() {
    String classPath = System.getProperty("java.class.path", "");
    return of(classPath, mainClassOf(classPath));
  }

  /**
   * The command for {@code classPath} (as {@code java.class.path} gives it: the jar as it was
   * typed after {@code -jar} or {@code -cp}), whose jar starts {@code jarMainClass}.
   */
  static String of(String classPath, Optional<String> jarMainClass) {
    if (classPath.isEmpty()) {
      return "java -jar indexer.jar";
    }
    if (jarMainClass.filter(MAIN_CLASS::equals).isPresent()) {
      return "java -jar " + quoted(classPath);
    }
    return "java -cp " + quoted(classPath) + " " + MAIN_CLASS;
  }

  /** The command to run {@code command} of the indexer on the corpus folder {@code corpusDir}. */
  public static String on(String command, Path corpusDir) {
    return current() + " " + command + " --corpus " + quoted(corpusDir.toString());
  }

  /** {@code argument} as a shell reads it back: quoted when it holds a space or the like. */
  public static String quoted(String argument) {
    return PLAIN.matcher(argument).matches() ? argument
        : "'" + argument.replace("'", "'\\''") + "'";
  }

  /** The Main-Class of the one jar {@code classPath} names; empty for anything else. */
  private static Optional<String> mainClassOf(String classPath) {
    if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")
        || !Files.isRegularFile(Path.of(classPath))) {
      return Optional.empty();
    }
    try (JarFile jar = new JarFile(classPath)) {
      return Optional.ofNullable(jar.getManifest())
          .map(manifest -> manifest.getMainAttributes().getValue("Main-Class"));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
