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
 * the server's jar (which holds the indexer too), the jar named as it was on the command line;
 * and so for another main class of these jars, such as the server's in its help.
 */
public final class IndexerCommand {
  static final String MAIN_CLASS = IndexerMain.class.getName();
  /** The characters a shell takes as they are; any other makes an argument quoted. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=+,@%-]+");

  private IndexerCommand() {}

  /** The command, without its arguments, as this JVM would be started to run the indexer. */
  public static String current() {
    return running(MAIN_CLASS, "indexer.jar");
  }

  /**
   * The command, without its arguments, as this JVM would be started to run {@code mainClass}
   * (the server's {@code ServerMain} for its help): {@code java -jar} with the jar as it was
   * named when that jar starts {@code mainClass}, else {@code java -cp} with the class; {@code
   * java -jar jarName} when the class path is not known.
   */
  public static String running(String mainClass, String jarName) {
    String classPath = System.getProperty("java.class.path", "");
    return of(classPath, mainClassOf(classPath), mainClass, jarName);
  }

  /**
   * The command for {@code classPath} (as {@code java.class.path} gives it: the jar as it was
   * typed after {@code -jar} or {@code -cp}), whose jar starts {@code jarMainClass}.
   */
  static String of(String classPath, Optional<String> jarMainClass) {
    return of(classPath, jarMainClass, MAIN_CLASS, "indexer.jar");
  }

  /** As {@link #of(String, Optional)}, for {@code mainClass} of the jar {@code jarName}. */
  static String of(String classPath, Optional<String> jarMainClass, String mainClass,
      String jarName) {
    if (classPath.isEmpty()) {
      return "java -jar " + jarName;
    }
    if (jarMainClass.filter(mainClass::equals).isPresent()) {
      return "java -jar " + quoted(classPath);
    }
    return "java -cp " + quoted(classPath) + " " + mainClass;
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
