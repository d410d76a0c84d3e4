package news.summarizer.core.statements;

import java.util.ArrayList;
import java.util.List;
import news.summarizer.core.text.TextSpan;

/**
 * The quotations of a text: each pair of an opening and its closing mark within one paragraph, as the span of the
 * words between them. „…“ and »…« open and close unambiguously; a straight " opens and closes in turn; « and » open
 * or close depending on which of them the paragraph uses first (German »…«, Swiss «…»). An unclosed mark opens no
 * quotation.
 */
final class Quotations {

    private Quotations() {
    }

    static List<TextSpan> find(String text) {
        List<TextSpan> quotations = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            inLine(text, lineStart, lineEnd, quotations);
            lineStart = lineEnd + 1;
        }
        return quotations;
    }

    private static void inLine(String text, int start, int end, List<TextSpan> quotations) {
        char guillemetOpener = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            String closers;
            if (c == '»' || c == '«') {
                guillemetOpener = guillemetOpener == 0 ? c : guillemetOpener;
                closers = c == guillemetOpener ? (c == '»' ? "«" : "»") : null;
            } else if (c == '„' || c == '"' || c == '“' && !closesNothing(text, i)) {
                closers = QuoteMarks.closersOf(c);
            } else {
                closers = null;
            }
            if (closers == null) {
                i++;
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < end; j++) {
                if (closers.indexOf(text.charAt(j)) >= 0 && (c != '"' || closesStraight(text, j, end))) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                i++;
                continue;
            }
            if (close > i + 1) {
                quotations.add(new TextSpan(i + 1, close));
            }
            i = close + 1;
        }
    }

    /** A “ that follows a letter closes an English-style quotation of the line rather than opening one. */
    private static boolean closesNothing(String text, int at) {
        return at > 0 && !Character.isWhitespace(text.charAt(at - 1)) && text.charAt(at - 1) != '(';
    }

    /** A straight " closes when no letter follows it directly ("Wort" ist …). */
    private static boolean closesStraight(String text, int at, int end) {
        return at + 1 >= end || !Character.isLetterOrDigit(text.charAt(at + 1));
    }
}
