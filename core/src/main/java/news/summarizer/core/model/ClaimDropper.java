package news.summarizer.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.text.GermanSentences;

/**
 * Delivers a draft that is well-formed and German but not everything that was asked: a sentence or key point
 * carrying a claim the article does not support is dropped when the rest still meets the hard rules, otherwise the
 * claim stays and a warning quotes it; whatever count or length is still off is named in a warning.
 */
final class ClaimDropper {

    private ClaimDropper() {
    }

    static Drafted deliver(DraftSummary draft, List<Problem> problems, Rules rules, int claimsChecked) {
        List<String> warnings = new ArrayList<>();
        DraftSummary current = draft;
        int dropped = 0;
        // Last sentence and key point first, so that the indexes of the others stay valid.
        List<Problem.Claim> claims = problems.stream()
                .filter(problem -> problem.kind() == Problem.Kind.FACT)
                .map(Problem::claim)
                .sorted(Comparator.comparing(Problem.Claim::field).thenComparing(Problem.Claim::index, Comparator.reverseOrder()))
                .toList();
        for (Problem.Claim claim : claims) {
            DraftSummary without = without(current, claim);
            if (without != null && SummaryValidator.validate(without, rules.limits()).stream()
                    .noneMatch(problem -> problem.kind().blocksDelivery())) {
                current = without;
                dropped += claim.unsupported().split("', '").length;
                warnings.add(claim.field() == Problem.Claim.Field.STATEMENT
                        ? "Dropped " + describe(claim) + ": " + claim.unsupported() + ": \"" + claim.text() + "\""
                        : "Dropped " + describe(claim) + " because '" + claim.unsupported()
                        + "' does not occur in the article: \"" + claim.text() + "\"");
            } else {
                warnings.add("Unsupported claim in " + describe(claim) + ": '" + claim.unsupported()
                        + "' does not occur in the article: \"" + claim.text() + "\"");
            }
        }
        if (rules.soft()) {
            SummaryValidator.validate(current, rules.limits()).stream()
                    .filter(problem -> problem.kind() == Problem.Kind.SOFT)
                    .forEach(problem -> warnings.add(problem.forReader()));
        }
        return new Drafted(current, List.copyOf(warnings), claimsChecked, dropped);
    }

    /** The draft without the sentence or key point, or null when the claim sits in the headline. */
    private static DraftSummary without(DraftSummary draft, Problem.Claim claim) {
        return switch (claim.field()) {
            case HEADLINE -> null;
            case SUMMARY -> {
                List<String> sentences = new ArrayList<>(GermanSentences.texts(draft.summary()));
                if (claim.index() >= sentences.size()) {
                    yield null;
                }
                sentences.remove(claim.index());
                yield new DraftSummary(draft.headline(), String.join(" ", sentences), draft.keyPoints(), draft.actors(),
                        draft.statements());
            }
            case STATEMENT -> {
                if (claim.index() >= draft.statements().size()) {
                    yield null;
                }
                List<news.summarizer.core.engine.DraftStatement> statements = new ArrayList<>(draft.statements());
                statements.remove(claim.index());
                yield draft.withStatements(statements);
            }
            case KEY_POINT -> {
                List<String> keyPoints = new ArrayList<>(draft.keyPoints());
                if (claim.index() >= keyPoints.size()) {
                    yield null;
                }
                keyPoints.remove(claim.index());
                yield new DraftSummary(draft.headline(), draft.summary(), keyPoints, draft.actors(), draft.statements());
            }
        };
    }

    private static String describe(Problem.Claim claim) {
        return switch (claim.field()) {
            case HEADLINE -> "the headline";
            case SUMMARY -> "summary sentence " + (claim.index() + 1);
            case KEY_POINT -> "key point " + (claim.index() + 1);
            case STATEMENT -> "statement " + (claim.index() + 1);
        };
    }
}
