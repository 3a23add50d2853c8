package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A new document goes to the folder the corpus guide names: {@code practices/} holds Dutch
 * practice descriptions only, {@code reports/} every other Dutch document, {@code en/} English.
 */
class DocumentFolderTest {
  @Test
  void onlyADutchPracticeGoesToPracticesAndEveryOtherDutchTypeToReports() {
    assertEquals("practices", DocumentStore.folderFor("nl", "practice"));
    assertEquals("reports", DocumentStore.folderFor("nl", "report"));
    assertEquals("reports", DocumentStore.folderFor("nl", "evaluation"));
    assertEquals("reports", DocumentStore.folderFor("nl", "policy"));
    assertEquals("reports", DocumentStore.folderFor("nl", "article"));
    assertEquals("en", DocumentStore.folderFor("en", "policy"));
    assertEquals("en", DocumentStore.folderFor("en", "practice"));
  }
}
