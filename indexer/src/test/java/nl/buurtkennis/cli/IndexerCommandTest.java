package nl.buurtkennis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndexerCommandTest {
  @Test
  void theIndexersOwnJarIsRunWithJavaJarAsItWasNamed() {
    assertEquals("java -jar /opt/bk/indexer.jar",
        IndexerCommand.of("/opt/bk/indexer.jar", Optional.of(IndexerCommand.MAIN_CLASS)));
    assertEquals("java -jar indexer/target/indexer.jar",
        IndexerCommand.of("indexer/target/indexer.jar", Optional.of(IndexerCommand.MAIN_CLASS)));
  }

  @Test
  void anotherJarSuchAsTheServersRunsTheIndexersMainClass() {
    assertEquals("java -cp /tmp/server-1.jar nl.buurtkennis.cli.IndexerMain",
        IndexerCommand.of("/tmp/server-1.jar", Optional.of("nl.buurtkennis.server.ServerMain")));
    assertEquals("java -cp classes:lib/a.jar nl.buurtkennis.cli.IndexerMain",
        IndexerCommand.of("classes:lib/a.jar", Optional.empty()));
  }

  @Test
  void anotherMainClassSuchAsTheServersIsRunAsItsJarWasNamed() {
    String server = "nl.buurtkennis.server.ServerMain";
    assertEquals("java -jar /tmp/s55-rev.jar",
        IndexerCommand.of("/tmp/s55-rev.jar", Optional.of(server), server, "server.jar"));
    assertEquals("java -cp indexer/target/indexer.jar " + server, IndexerCommand.of(
        "indexer/target/indexer.jar", Optional.of(IndexerCommand.MAIN_CLASS), server,
        "server.jar"));
    assertEquals("java -jar server.jar",
        IndexerCommand.of("", Optional.empty(), server, "server.jar"));
  }

  @Test
  void aPathWithSpacesOrQuotesIsQuotedForTheShell() {
    assertEquals("java -jar '/home/Mijn Map/indexer.jar'",
        IndexerCommand.of("/home/Mijn Map/indexer.jar", Optional.of(IndexerCommand.MAIN_CLASS)));
    assertEquals("'it'\\''s'", IndexerCommand.quoted("it's"));
    assertEquals(IndexerCommand.current() + " validate --corpus '/srv/corpus (kopie)'",
        IndexerCommand.on("validate", Path.of("/srv/corpus (kopie)")));
    assertEquals(IndexerCommand.current() + " vocabulary --corpus /tmp/x",
        IndexerCommand.on("vocabulary", Path.of("/tmp/x")));
  }
}
