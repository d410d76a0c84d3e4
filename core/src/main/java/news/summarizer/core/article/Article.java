package news.summarizer.core.article;

import java.time.LocalDate;

/**
 * An article after intake: normalised text plus the metadata its source gave.
 *
 * @param id   {@code sha256:<hex>} of the normalised text, so equal texts get equal ids whatever their wrapping
 * @param text NFC-normalised text with single spaces and blank lines between paragraphs; all offsets refer to it
 */
public record Article(String id, String text, String title, LocalDate date, String url) {

    public int characters() {
        return text.length();
    }

    public int words() {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letterOrDigit = Character.isLetterOrDigit(text.charAt(i));
            if (letterOrDigit && !inWord) {
                words++;
            }
            inWord = letterOrDigit;
        }
        return words;
    }
}
