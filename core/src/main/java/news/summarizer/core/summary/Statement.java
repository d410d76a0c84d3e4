package news.summarizer.core.summary;

/**
 * Something an actor said, as the article reports it.
 *
 * @param speaker        the {@code name} of one of the answer's actors
 * @param kind           a quotation in quotation marks, or reported speech
 * @param text           the statement's words, verbatim from the article (a quotation without its marks)
 * @param offset         where {@code text} starts in the article
 * @param evidence       the whole sentence (or sentences) holding statement and attribution, verbatim
 * @param evidenceOffset where {@code evidence} starts in the article
 */
public record Statement(String speaker, StatementKind kind, String text, int offset, String evidence,
                        int evidenceOffset) {
}
