package nl.buurtkennis.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;

/**
 * The requests a busy day brings, drawn at random with fixed weights: Dutch and English words,
 * compounds and phrases, facet filters with and without words, document pages, suggestions,
 * exports, feeds and the evidence map. Ids and places come from the corpus under test.
 */
final class QueryMix {
  private static final String[] WORDS = {"bewoners", "buurtpreventie", "wijkagent", "veiligheid",
      "burgernet", "vertrouwen", "privacy", "whatsapp", "signalen", "overlast", "bemiddeling",
      "politie", "opsporing", "burgerparticipatie", "leefbaarheid", "veiligheidsgevoel"};
  private static final String[] COMPOUNDS = {"buurtbemiddeling", "buurtwachtgroepen",
      "wijkveiligheidsplan", "politiecontacten", "bewonersinitiatieven", "buurtapps",
      "veiligheidspanel", "burgerbudgetten"};
  private static final String[] PHRASES = {"\"vertrouwen in de politie\"", "\"whatsapp groepen\"",
      "\"gevoel van veiligheid\"", "buurtpreventie -whatsapp", "burgernet | buurtapp",
      "bewon*", "participatie OR betrokkenheid"};
  private static final String[] ENGLISH = {"neighbourhood watch", "trust in police",
      "citizen participation", "vigilantism", "community safety", "\"social cohesion\""};
  private static final String[] FACETS = {"form=citizen-surveillance", "form=mediation",
      "issue=privacy", "benefit=feelings", "benefit=trust-police", "language=en",
      "evidence=reported", "type=evaluation", "form=citizen-surveillance&benefit=feelings",
      "year_from=2010&year_to=2016", "sort=newest"};
  private static final String[] MAPS = {"/api/map?rows=form&cols=benefit",
      "/api/map?rows=issue&cols=form", "/map?rows=form&cols=benefit",
      "/map?rows=condition&cols=form&lang=en"};

  private final List<String> documentIds;
  private final List<String> places;

  QueryMix(Corpus corpus) {
    documentIds = corpus.documents().stream().map(CorpusDocument::id).toList();
    List<String> seen = new ArrayList<>();
    corpus.documents().forEach(d -> d.places().stream().filter(p -> !seen.contains(p))
        .forEach(seen::add));
    places = seen.isEmpty() ? List.of("Rotterdam") : List.copyOf(seen);
  }

  /** The path and query of the next request. */
  String next(Random random) {
    int roll = random.nextInt(100);
    String lang = random.nextInt(4) == 0 ? "&lang=en" : "";
    String api = random.nextBoolean() ? "/api/search?q=" : "/?q=";
    if (roll < 18) {
      return api + encode(pick(random, WORDS)) + lang;
    }
    if (roll < 28) {
      return api + encode(pick(random, COMPOUNDS)) + lang;
    }
    if (roll < 36) {
      return api + encode(pick(random, PHRASES)) + lang;
    }
    if (roll < 43) {
      return api + encode(pick(random, ENGLISH)) + "&lang=en";
    }
    if (roll < 53) {
      return api + encode(pick(random, WORDS)) + "&" + pick(random, FACETS) + lang
          + (random.nextInt(3) == 0 ? "&page=2" : "");
    }
    if (roll < 60) {
      return api + "&" + pick(random, FACETS) + "&place=" + encode(pick(random, places)) + lang;
    }
    if (roll < 72) {
      String id = pick(random, documentIds);
      return (random.nextBoolean() ? "/documents/" : "/api/documents/") + id
          + (lang.isEmpty() ? "" : "?lang=en");
    }
    if (roll < 84) {
      String word = pick(random, WORDS);
      return "/api/suggest?q=" + encode(word.substring(0, 3 + random.nextInt(word.length() - 3)))
          + lang;
    }
    if (roll < 89) {
      return "/api/export?format=" + pick(random, new String[] {"csv", "ris", "bibtex"}) + "&q="
          + encode(pick(random, WORDS));
    }
    if (roll < 92) {
      return "/feed?" + pick(random, FACETS);
    }
    if (roll < 95) {
      return "/api/documents/" + pick(random, documentIds) + "/cite?format="
          + pick(random, new String[] {"text", "ris", "bibtex"});
    }
    return pick(random, MAPS);
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
