package news.summarizer.core.offline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.summarizer.core.article.Article;
import news.summarizer.core.engine.DraftActor;
import news.summarizer.core.engine.DraftStatement;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.engine.EngineOutput;
import news.summarizer.core.engine.SummaryEngine;
import news.summarizer.core.engine.SummaryLimits;
import news.summarizer.core.engine.Usage;
import news.summarizer.core.language.LanguageDetector;
import news.summarizer.core.statements.StatementFinder;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.EntityType;
import news.summarizer.core.text.GermanLexicon;

/**
 * The zero-configuration engine: no API key, no network, no language model. It quotes the article's most
 * representative sentences and finds actors from proper nouns and the titles the article gives them, and says
 * so in a warning. The part-of-speech model loads at start-up when this engine is the configured one (see
 * {@link #warmUp}); with a model provider it loads on the first answer's entity reading.
 */
@ApplicationScoped
@Named("offline")
public class OfflineSummaryEngine implements SummaryEngine {

    static final String NO_MODEL_WARNING = "No language model was used: extractive offline summary. "
            + "Set SUMMARIZER_PROVIDER=openai for an abstractive one.";
    static final int MAX_ACTORS = SummaryLimits.ACTORS_MAX;

    @Override
    public String provider() {
        return "offline";
    }

    @Override
    public String model() {
        return "offline-extractive";
    }

    @Override
    public String promptVersion() {
        return "offline-v1";
    }

    @Override
    public Readiness readiness() {
        return Readiness.up();
    }

    /** Loads the part-of-speech model and the word lists by summarising the sample: everything is local. */
    @Override
    public EngineOutput warmUp(Article sample) {
        return summarize(sample);
    }

    @Override
    public EngineOutput summarize(Article article) {
        List<String> warnings = new ArrayList<>(List.of(NO_MODEL_WARNING));
        // The offline engine quotes and cannot translate: it answers in the article's language and says so. A text
        // too short to tell is taken as German, the language the service is for.
        String detected = LanguageDetector.detect(article.text());
        String language = detected.equals(LanguageDetector.UNDETERMINED) ? EngineOutput.GERMAN : detected;
        if (!language.equals(EngineOutput.GERMAN)) {
            warnings.add("The article is not German (detected: " + language + "); the offline engine cannot translate, "
                    + "so headline, summary and key points are in the article's language (\"language\": \""
                    + language + "\"). Use a model provider for a German summary.");
        }
        List<Sentence> sentences = ArticleAnalyzer.analyze(article.text());
        List<Candidate> named = ActorCollector.named(article.text(), sentences);
        List<Candidate> candidates = ActorFilter.actors(named, article.text());
        List<RankedSentence> ranked = SentenceRanker.rank(sentences, candidates);
        List<RankedSentence> chosen = SummaryWriter.summarySentences(ranked);
        DraftSummary draft = new DraftSummary(
                SummaryWriter.headline(article.title(), sentences),
                SummaryWriter.summary(chosen),
                SummaryWriter.keyPoints(ranked, chosen),
                actors(withSpeakers(candidates, named, sentences, article.text()), chosen, sentences, named));
        return new EngineOutput(draft, promptVersion(), Usage.NONE, List.copyOf(warnings), language);
    }

    /** Most important first: often named, named early, named in the summary, introduced with a title. */
    private static List<DraftActor> actors(Speaking candidates, List<RankedSentence> summary,
                                           List<Sentence> sentences, List<Candidate> named) {
        List<Candidate> chosen = ActorRanker.rank(candidates.candidates(), summary, sentences, candidates.speakers());
        return chosen.stream().map(candidate -> RoleReader.withRole(candidate, sentences, named))
                .map(candidate -> ActorDescriber.describe(candidate, sentences)).toList();
    }

    /** The actor candidates and the names among them that the article quotes. */
    private record Speaking(List<Candidate> candidates, Set<String> speakers) {
    }

    /**
     * The actor candidates plus every named person or organisation the statement finder finds speaking, before the
     * filter and the cut to {@link SummaryLimits#ACTORS_MAX}: whoever the article quotes is an actor of the story
     * ("…, so Fährmann Bernd Ackermann"), and a statement can only name a reported actor.
     */
    private static Speaking withSpeakers(List<Candidate> actors, List<Candidate> named, List<Sentence> sentences,
                                         String text) {
        Set<String> known = actors.stream().map(Candidate::name).collect(Collectors.toSet());
        List<Candidate> persons = new ArrayList<>(actors.stream()
                .filter(c -> c.type() == ActorType.PERSON || c.type() == ActorType.ORGANIZATION).toList());
        // An actor of no known kind that the entity typing takes for a person ("Brezovar hat eingeräumt, dass …").
        actors.stream().filter(c -> c.type() == ActorType.OTHER && EntityFinder.typeOf(c) == EntityType.PERSON)
                .map(c -> c.withType(ActorType.PERSON)).forEach(persons::add);
        // Beside the actors, only names of two words or more that the entity typing takes for a person ("schrieb Ilkay
        // Brezovar"): the names the filter drops as organisations are mostly kinds and labels ("Baufirma", a party in
        // brackets), and a single unknown word next to a verb of saying is as often a channel ("Nachrichtenkanal").
        named.stream().filter(c -> !known.contains(c.name()) && (c.multiWord() || doubleSurname(c.name()))
                        && EntityFinder.typeOf(c) == EntityType.PERSON)
                .map(c -> c.withType(ActorType.PERSON)).forEach(persons::add);
        // A body named by a place's adjective ("teilte die Lindenauer Hafengesellschaft mit"), which the name finder
        // cannot see, is an actor when it speaks itself; cited as a source only, it may be a law or a building.
        Set<String> namedNames = named.stream().map(Candidate::name).collect(Collectors.toSet());
        List<Candidate> bodies = PlaceAdjectiveNames.find(sentences).stream()
                .filter(c -> !namedNames.contains(c.name())).toList();
        persons.addAll(bodies);
        Map<String, Boolean> found = StatementFinder.speakerNames(text, persons.stream()
                .map(c -> new Actor(c.name(), c.type(), c.role(), null, c.mentions(), null, 0)).toList());
        Set<String> speakers = new HashSet<>(found.keySet());
        bodies.stream().filter(c -> !found.getOrDefault(c.name(), false)).map(Candidate::name).forEach(speakers::remove);
        List<Candidate> all = new ArrayList<>(actors);
        persons.stream().filter(c -> speakers.contains(c.name()) && !known.contains(c.name())).forEach(all::add);
        return new Speaking(all, speakers);
    }

    /**
     * A double surname, "Brinkmann-Oltrop": two capitalised parts of three letters or more joined by a hyphen, each
     * written as a word (a capital, then a small letter: no abbreviation), none a country and none a word the dictionary
     * knows only as a common noun or only as an adjective. German names a person with a double surname alone by it, so
     * it is one word, yet a name as sure as first name and surname ("…, so Brinkmann-Oltrop"); "Nord-Süd",
     * "Kultur-Stiftung", "Rathaus-Chef" are not. One rule for both uses: such a name may be a speaker, and a
     * speaker so named is an actor.
     */
    static boolean doubleSurname(String name) {
        String[] parts = name.split("-", -1);
        if (parts.length != 2 || name.contains(" ")) {
            return false;
        }
        for (String part : parts) {
            if (part.length() < 3 || !Character.isUpperCase(part.charAt(0)) || !Character.isLowerCase(part.charAt(1))
                    || Lexicon.isAcronym(part) || commonNounOnly(part) || adjectiveOnly(part)
                    || Lexicon.country(part) != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean commonNounOnly(String word) {
        news.summarizer.core.text.GermanLexicon.Entry entry = news.summarizer.core.text.GermanLexicon.lookup(word);
        return entry.known() && entry.commonNounOnly();
    }

    /** Known, and only as an adjective ("Schwarz" is a surname too, "Grün" a noun: both stay possible parts). */
    private static boolean adjectiveOnly(String word) {
        news.summarizer.core.text.GermanLexicon.Entry entry = news.summarizer.core.text.GermanLexicon.lookup(word);
        return entry.known() && entry.has(GermanLexicon.Kind.ADJECTIVE) && !entry.properNoun()
                && !entry.has(GermanLexicon.Kind.COMMON_NOUN);
    }

    /** Found in the text by rule, for the actors the answer reports (speakers must be among them). */
    @Override
    public List<DraftStatement> statements(Article article, List<Actor> actors, DraftSummary draft) {
        return StatementFinder.find(article.text(), actors);
    }

}
