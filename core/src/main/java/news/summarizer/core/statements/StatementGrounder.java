package news.summarizer.core.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.summarizer.core.engine.DraftStatement;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.Statement;
import news.summarizer.core.summary.StatementKind;
import news.summarizer.core.text.Folding;
import news.summarizer.core.text.GermanSentences;
import news.summarizer.core.text.TextSpan;

/**
 * The last word on statements, as {@code ActorGrounder} is on actors: a proposed statement reaches the user only when
 * its text stands verbatim in the article (quote marks and dashes may differ) and its speaker is one of the answer's
 * actors, whose name it then carries. Its offset is where the text stands, its evidence the sentence or sentences
 * around it; a quotation is reported without its marks.
 */
public final class StatementGrounder {

    private StatementGrounder() {
    }

    public static GroundedStatements ground(String text, List<DraftStatement> proposed, List<Actor> actors) {
        List<String> warnings = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        String folded = Folding.searchFold(text);
        List<TextSpan> sentences = GermanSentences.split(text);
        int cursor = 0;
        for (DraftStatement draft : proposed) {
            String words = QuoteMarks.strip(draft.text() == null ? "" : draft.text().strip());
            if (words.isEmpty()) {
                continue;
            }
            Actor speaker = Speakers.actorNamed(draft.speaker(), actors);
            if (speaker == null) {
                warnings.add("Dropped the statement \"" + words + "\": its speaker '" + draft.speaker()
                        + "' is not one of the actors");
                continue;
            }
            int offset = find(folded, Folding.searchFold(words), cursor);
            if (offset < 0) {
                warnings.add("Dropped the statement \"" + words + "\" of " + speaker.name()
                        + ": it does not stand verbatim in the article");
                continue;
            }
            cursor = offset + 1;
            int end = offset + words.length();
            StatementKind kind = StatementKind.parse(draft.kind());
            if (kind == null) {
                kind = QuoteMarks.quoted(text, offset, end) ? StatementKind.DIRECT : StatementKind.INDIRECT;
            }
            TextSpan evidence = evidence(sentences, offset, end);
            Statement statement = new Statement(speaker.name(), kind, text.substring(offset, end), offset,
                    evidence.of(text), evidence.start());
            // The same words twice are one statement, unless two speakers said them together ("A und B erklärten").
            if (statements.stream().noneMatch(known -> known.offset() == offset && known.text().equals(statement.text())
                    && known.speaker().equals(statement.speaker()))) {
                statements.add(statement);
            }
        }
        statements.sort(Comparator.comparingInt(Statement::offset));
        return new GroundedStatements(List.copyOf(statements), List.copyOf(warnings));
    }

    /** From the sentence where the text starts to the one where it ends ("„A. B.“, sagte X." is one evidence). */
    static TextSpan evidence(List<TextSpan> sentences, int start, int end) {
        int from = start;
        int to = end;
        for (TextSpan sentence : sentences) {
            if (sentence.start() <= start && start < sentence.end()) {
                from = sentence.start();
            }
            if (sentence.start() < end && end <= sentence.end()) {
                to = sentence.end();
            }
        }
        return new TextSpan(from, Math.max(to, end));
    }

    /** The next place from {@code from} (else the first anywhere) where the folded words stand as they are. */
    private static int find(String foldedText, String foldedWords, int from) {
        int at = foldedText.indexOf(foldedWords, from);
        return at >= 0 ? at : foldedText.indexOf(foldedWords);
    }
}
