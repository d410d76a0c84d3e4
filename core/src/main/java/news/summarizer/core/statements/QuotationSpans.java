package news.summarizer.core.statements;

import java.util.List;
import news.summarizer.core.text.TextSpan;

/**
 * The statement finder's quotation stage: the quotations of the text ({@link Quotations}, inner spans without the
 * marks, in text order) and the lookups the attribution stages ask of them.
 */
final class QuotationSpans {

    private final String text;
    private final List<TextSpan> spans;

    /**
     * The quotations of {@code text}, but for those that hold nothing but an actor's name: a newspaper's title
     * ("berichtet das „Tagesblatt“", "nach Informationen des „Tagesblatts“") is a name in marks, not a statement, and
     * must stay visible to the speaker lookups.
     */
    QuotationSpans(String text, List<Mention> mentions) {
        this.text = text;
        this.spans = Quotations.find(text).stream()
                .filter(q -> mentions.stream().noneMatch(m -> m.start() == q.start() && m.end() == q.end()))
                .toList();
    }

    /** All quotations, in text order. */
    List<TextSpan> all() {
        return spans;
    }

    /** Whether {@code offset} lies inside a quotation. */
    boolean contains(int offset) {
        for (TextSpan quotation : spans) {
            if (quotation.start() <= offset && offset < quotation.end()) {
                return true;
            }
            if (quotation.start() > offset) {
                return false;
            }
        }
        return false;
    }

    /** The quotation that opens right at {@code offset} (at its mark). */
    TextSpan openingAt(int offset) {
        for (TextSpan quotation : spans) {
            if (quotation.start() == offset + 1) {
                return quotation;
            }
        }
        return null;
    }

    /** The quotation whose marks are all of {@code span}, but for closing punctuation. */
    TextSpan around(TextSpan span) {
        if (span.length() < 2) {
            return null;
        }
        for (TextSpan quotation : spans) {
            if (quotation.start() == span.start() + 1) {
                String rest = text.substring(Math.min(span.end(), quotation.end() + 1), span.end());
                return rest.replaceAll("[\\s.,;:!?…]", "").isEmpty() ? quotation : null;
            }
        }
        return null;
    }
}
