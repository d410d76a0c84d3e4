package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.Entity;
import news.summarizer.core.summary.EntityType;
import news.summarizer.core.text.GermanLexicon;

/**
 * Every person, organisation and place an article names, with offsets: the offline engine's name finder and typing
 * stages without the filter that keeps only actors. Cheap (part-of-speech tags and lexicon look-ups), so every
 * engine's answer lists its entities.
 */
public final class EntityFinder {

    private EntityFinder() {
    }

    /** The entities of an article, in text order. */
    public static List<Entity> find(String text) {
        return find(text, ArticleAnalyzer.analyze(text));
    }

    /**
     * The entities of one sentence given as tokens (an annotated corpus, scored sentence by sentence), with offsets
     * in the tokens joined by single spaces.
     */
    public static List<Entity> findInTokens(List<String> tokens) {
        String text = String.join(" ", tokens);
        return find(text, List.of(ArticleAnalyzer.sentenceOf(tokens)));
    }

    /** The rule-based name finder alone (no trained model), for comparison by the evaluation command. */
    public static List<Entity> findInTokensByRules(List<String> tokens) {
        String text = String.join(" ", tokens);
        return byRules(text, List.of(ArticleAnalyzer.sentenceOf(tokens)));
    }

    /**
     * The statistical tagger ({@link NameTagger}) decides, sentence by sentence; the rule-based finder's reading of
     * the whole article (names typed by what other sentences say of them) is one of its features.
     */
    static List<Entity> find(String text, List<Sentence> sentences) {
        List<Entity> rules = byRules(text, sentences);
        NameTagger tagger = NameTagger.shipped();
        List<Entity> entities = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Word> words = sentence.words();
            if (words.isEmpty()) {
                continue;
            }
            String[] tags = tagger.tag(input(sentence, rules));
            for (int i = 0; i < tags.length; i++) {
                if (!tags[i].startsWith("B-")) {
                    continue;
                }
                int end = i + 1;
                while (end < tags.length && tags[end].startsWith("I-")) {
                    end++;
                }
                int start = words.get(i).start();
                int stop = words.get(end - 1).end();
                entities.add(new Entity(text.substring(start, stop), typeOf(tags[i].substring(2)), start, stop - start,
                        null));
            }
        }
        return List.copyOf(entities);
    }

    /** The tagger's input for one sentence: its words, their part-of-speech tags and the rule-based BIO tags. */
    static NameTagger.Input input(Sentence sentence, List<Entity> rules) {
        List<Word> words = sentence.words();
        String[] texts = new String[words.size()];
        String[] pos = new String[words.size()];
        String[] rule = new String[words.size()];
        for (int i = 0; i < words.size(); i++) {
            texts[i] = words.get(i).text();
            pos[i] = words.get(i).tag();
            rule[i] = "O";
        }
        for (Entity entity : rules) {
            int end = entity.offset() + entity.length();
            if (entity.offset() >= sentence.end() || end <= sentence.start()) {
                continue;
            }
            String type = switch (entity.type()) {
                case PERSON -> "PER";
                case ORGANIZATION -> "ORG";
                case PLACE -> "LOC";
            };
            boolean first = true;
            for (int i = 0; i < words.size(); i++) {
                Word word = words.get(i);
                if (word.start() >= entity.offset() && word.end() <= end && "O".equals(rule[i])) {
                    rule[i] = (first ? "B-" : "I-") + type;
                    first = false;
                }
            }
        }
        return new NameTagger.Input(texts, pos, rule);
    }

    /** The tagger's input for a sentence given as tokens (training and evaluation on an annotated corpus). */
    static NameTagger.Input inputOfTokens(List<String> tokens) {
        String text = String.join(" ", tokens);
        Sentence sentence = ArticleAnalyzer.sentenceOf(tokens);
        return input(sentence, byRules(text, List.of(sentence)));
    }

    private static EntityType typeOf(String tag) {
        return switch (tag) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            default -> EntityType.PLACE;
        };
    }

    /** The rule-based name finder: the collector's typing stages without the filter that keeps only actors. */
    static List<Entity> byRules(String text, List<Sentence> sentences) {
        return byRules(ActorCollector.typed(text, sentences));
    }

    /** The same from the collector's typed candidates, for a caller that has them already. */
    static List<Entity> byRules(List<Candidate> typed) {
        List<Entity> entities = new ArrayList<>();
        for (Candidate candidate : typed) {
            EntityType type = typeOf(candidate);
            if (type == null) {
                continue;
            }
            for (NameRun run : candidate.runs()) {
                entities.add(new Entity(run.text(), type, run.start(), run.text().length(), null));
            }
        }
        entities.sort(Comparator.comparingInt(Entity::offset));
        return List.copyOf(entities);
    }

    static EntityType typeOf(Candidate candidate) {
        if (candidate.type() == ActorType.PERSON) {
            return EntityType.PERSON;
        }
        if (candidate.type() == ActorType.ORGANIZATION) {
            return EntityType.ORGANIZATION;
        }
        if (candidate.type() == ActorType.COUNTRY || candidate.place()) {
            return EntityType.PLACE;
        }
        return unknownKind(candidate);
    }

    /**
     * A name the collector could not type (no first name, title or head): the dictionary's kind of proper noun
     * ("Tübingens" a town, "Berlusconi" a surname), a place-name ending ("Kisdorf", "Marienthal"), or what the
     * sentence does with it ("sagte Pfister" speaks, so a person). A word the dictionary knows only as a common noun
     * is no name.
     */
    private static EntityType unknownKind(Candidate candidate) {
        String last = candidate.lastWord();
        GermanLexicon.Entry entry = GermanLexicon.lookup(last);
        if (entry.has(GermanLexicon.Kind.PLACE)) {
            return EntityType.PLACE;
        }
        if (entry.has(GermanLexicon.Kind.SURNAME) || entry.has(GermanLexicon.Kind.FIRST_NAME)) {
            return EntityType.PERSON;
        }
        if (entry.has(GermanLexicon.Kind.OTHER_NAME)) {
            return EntityType.ORGANIZATION;
        }
        if (Toponyms.looksLikePlace(last)) {
            return EntityType.PLACE;
        }
        if (speaks(candidate)) {
            return EntityType.PERSON;
        }
        return null;
    }

    /** "sagte Pfister", "Pfister sagte", "so Pfister": the name speaks, so it is a person. */
    private static boolean speaks(Candidate candidate) {
        for (NameRun run : candidate.runs()) {
            Word before = run.before();
            Word after = run.after();
            if (before != null && (GermanLexicon.isSpeechVerb(before.text()) || before.is("so"))
                    || after != null && GermanLexicon.isSpeechVerb(after.text())) {
                return true;
            }
        }
        return false;
    }
}
