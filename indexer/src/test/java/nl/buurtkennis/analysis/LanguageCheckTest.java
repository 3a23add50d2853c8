package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;

/**
 * The notice for a text that reads as the other language than its {@code language} says. The two
 * sample texts are public for the tests of the command line and the console.
 */
public class LanguageCheckTest {
  public static final String ENGLISH = """
      ## How it works

      Residents of the neighbourhood walk together in the evening and keep an eye on the streets.
      When they see something that worries them, they call the police or send a message to the
      community officer, who knows most of them by name. The group meets every month to talk
      about what they have seen and to plan the next rounds. Most of the volunteers have lived
      in the area for years, and they say that the walks have made them feel safer and more
      connected to their neighbours.
      """;
  public static final String DUTCH = """
      ## Hoe het werkt

      Bewoners van de buurt lopen 's avonds samen door de straten en houden een oogje in het
      zeil. Als zij iets zien dat hen zorgen baart, bellen zij de politie of sturen zij een
      bericht aan de wijkagent, die de meeste van hen bij naam kent. De groep komt elke maand
      bij elkaar om te bespreken wat zij hebben gezien en om de volgende rondes te plannen. De
      meeste vrijwilligers wonen al jaren in de wijk, en zij zeggen dat de rondes hen een
      veiliger gevoel geven en dat zij zich meer verbonden voelen met hun buren.
      """;

  @Test
  void anEnglishTextDeclaredDutchReadsAsEnglish() {
    assertEquals(Optional.of("en"), LanguageCheck.otherLanguage("nl", ENGLISH));
    assertEquals(Optional.empty(), LanguageCheck.otherLanguage("en", ENGLISH));
  }

  @Test
  void aDutchTextDeclaredEnglishReadsAsDutch() {
    assertEquals(Optional.of("nl"), LanguageCheck.otherLanguage("en", DUTCH));
    assertEquals(Optional.empty(), LanguageCheck.otherLanguage("nl", DUTCH));
  }

  @Test
  void aShortMixedOrWordlessTextNeverWarns() {
    String shortEnglish = "The residents walk together in the evening and call the police.";
    assertEquals(Optional.empty(), LanguageCheck.otherLanguage("nl", shortEnglish));
    String half = DUTCH + "\n" + ENGLISH;
    assertEquals(Optional.empty(), LanguageCheck.otherLanguage("nl", half));
    assertEquals(Optional.empty(), LanguageCheck.otherLanguage("en", half));
    String quoting = DUTCH + DUTCH + "\n> " + ENGLISH.replace("\n", "\n> ");
    assertEquals(Optional.empty(), LanguageCheck.otherLanguage("nl", quoting),
        "a Dutch text quoting English at length");
    String names = "Amsterdam Rotterdam Utrecht Eindhoven Tilburg Groningen Almere Breda "
        .repeat(10);
    assertEquals(Optional.empty(), LanguageCheck.otherLanguage("nl", names));
    assertEquals(Optional.empty(), LanguageCheck.otherLanguage("en", names));
    assertEquals(Optional.empty(), LanguageCheck.otherLanguage("", ENGLISH), "no language given");
    assertEquals(Optional.empty(), LanguageCheck.otherLanguage("de", ENGLISH));
  }

  @Test
  void noShippedDocumentGetsTheNoticeAndEachWouldWithTheOtherLanguage() throws IOException {
    CorpusLoader.Result result = CorpusLoader.load(TempCorpus.shippedCorpus());
    List<CorpusDocument> documents = result.corpus().orElseThrow().documents();
    assertTrue(documents.size() >= 45, "documents: " + documents.size());
    List<String> noticed = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (CorpusDocument doc : documents) {
      String other = doc.language().equals("nl") ? "en" : "nl";
      LanguageCheck.otherLanguage(doc.language(), doc.bodyText())
          .ifPresent(language -> noticed.add(doc.path() + " reads as " + language + " "
              + LanguageCheck.count(doc.bodyText())));
      if (LanguageCheck.otherLanguage(other, doc.bodyText()).isEmpty()) {
        missed.add(doc.path() + " " + LanguageCheck.count(doc.bodyText()));
      }
    }
    assertEquals(List.of(), noticed, "no false notice on the shipped corpus");
    assertEquals(List.of(), missed, "every shipped document declared the other way is noticed");
  }

  @Test
  void noShippedFileGetsTheNoticeOnItsMarkdownBodyAsTheConsoleChecksIt() throws IOException {
    Pattern language = Pattern.compile("(?m)^language:\\s*(\\w+)\\s*$");
    List<String> noticed = new ArrayList<>();
    int files = 0;
    try (Stream<Path> walk = Files.walk(TempCorpus.shippedCorpus().resolve("documents"))) {
      for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".md"))::iterator) {
        String text = Files.readString(file).replace("\r\n", "\n");
        int closing = text.indexOf("\n---\n", 3);
        Matcher declared = language.matcher(text.substring(0, closing));
        assertTrue(declared.find(), file.toString());
        String body = text.substring(closing + 5);
        LanguageCheck.otherLanguage(declared.group(1), body).ifPresent(other ->
            noticed.add(file + " reads as " + other));
        files++;
      }
    }
    assertTrue(files >= 45, "files: " + files);
    assertEquals(List.of(), noticed);
  }
}
