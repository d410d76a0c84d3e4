package news.summarizer.core.summary;

/**
 * A person, organisation or place named in the article, at the verbatim span that names it: what a reader needs
 * to highlight names in the text.
 *
 * @param text   the span verbatim, {@code article.text.substring(offset, offset + length)}
 * @param offset offset in the article text (UTF-16 code units, like every offset of the contract)
 * @param actor  the {@link Actor#name()} of the actor this mention belongs to, or null
 */
public record Entity(String text, EntityType type, int offset, int length, String actor) {
}
