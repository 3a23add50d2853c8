package nl.buurtkennis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.buurtkennis.cli.CliArgs;
import nl.buurtkennis.cli.IndexerCommand;
import nl.buurtkennis.export.SiteUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's command line: its help, its errors, and where the public address comes from. */
class ServerCommandLineTest {
  @TempDir
  Path temp;

  @Test
  void helpPrintsTheOptionsExplainedAndExitsZero() throws Exception {
    for (String help : List.of("--help", "-h")) {
      Run run = serverMain(help);
      assertEquals(0, run.exit(), run.err());
      // the command as this test runs it, not a 'java -jar server.jar' the librarian did not type
      assertTrue(run.out().startsWith("Usage: java -cp "
          + IndexerCommand.quoted(System.getProperty("java.class.path")) + " "
          + ServerMain.class.getName() + " [--corpus DIR] [--index DIR]"), run.out());
      for (String explained : List.of("--corpus DIR       the corpus folder",
          "--index DIR        the index folder", "--port N           the port to listen on",
          "--public-url URL   the address the public reaches", "BUURTKENNIS_PUBLIC_URL",
          "BUURTKENNIS_ADMIN_PASSWORD", "-h, --help")) {
        assertTrue(run.out().contains(explained), explained + " in " + run.out());
      }
      assertFalse(run.err().contains("error"), run.err());
    }
  }

  @Test
  void aWrongOptionIsAnErrorWithTheUsageAndExitsTwo() throws Exception {
    Run run = serverMain("--nonsense", "x");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("error: unknown option '--nonsense'"), run.err());
    assertTrue(run.err().contains("--public-url URL"), run.err());
  }

  @Test
  void aMissingCorpusFolderIsAnErrorThatSaysSoAndExitsTwo() throws Exception {
    Run run = serverMain("--corpus", "nonexistent", "--port", "0");
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().startsWith("error: the corpus folder nonexistent does not exist"),
        run.err());
  }

  @Test
  void anIndexFolderInsideTheCorpusIsAnErrorAndNothingIsWritten() throws Exception {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Files.writeString(corpus.resolve("taxonomy.yml"), "facets: []\n");
    for (String index : List.of("corpus", "corpus/index")) {
      Run run = serverMain("--corpus", "corpus", "--index", index, "--port", "0");
      assertEquals(2, run.exit(), run.err());
      assertTrue(run.err().startsWith("error: the index folder " + index + " is "), run.err());
      assertTrue(run.err().contains("give --index a folder outside the corpus"), run.err());
    }
    try (var files = Files.list(corpus)) {
      assertEquals(List.of(corpus.resolve("taxonomy.yml")), files.toList());
    }
  }

  @Test
  void thePublicAddressComesFromTheOptionOrElseTheEnvironment() throws Exception {
    Map<String, String> env = Map.of(ServerConfig.PUBLIC_URL_VARIABLE, "https://env.example");
    assertEquals(Optional.empty(), ServerConfig.parse(List.of(), Map.of()).publicSite());
    assertEquals("https://env.example",
        ServerConfig.parse(List.of(), env).publicSite().map(SiteUrls::base).orElseThrow());
    assertEquals("https://option.example/site", ServerConfig.parse(
        List.of("--public-url", "https://option.example/site/"), env).publicSite()
        .map(SiteUrls::base).orElseThrow());
  }

  @Test
  void aPublicAddressThatIsNoHttpAddressIsRefused() {
    CliArgs.UsageException option = assertThrows(CliArgs.UsageException.class,
        () -> ServerConfig.parse(List.of("--public-url", "evil.example"), Map.of()));
    assertTrue(option.getMessage().startsWith("--public-url must be an address"),
        option.getMessage());
    CliArgs.UsageException variable = assertThrows(CliArgs.UsageException.class,
        () -> ServerConfig.parse(List.of(),
            Map.of(ServerConfig.PUBLIC_URL_VARIABLE, "ftp://example.org")));
    assertTrue(variable.getMessage().startsWith(ServerConfig.PUBLIC_URL_VARIABLE), variable.getMessage());
  }

  private record Run(int exit, String out, String err) {}

  /** {@code ServerMain} in a JVM of its own, as {@code java -jar server.jar} runs it. */
  private Run serverMain(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ServerMain.class.getName()));
    command.addAll(List.of(args));
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    Process process = new ProcessBuilder(command).directory(temp.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("ServerMain did not exit");
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
