package news.summarizer.core.text;

/** A stretch {@code [start, end)} of a text; {@link #of} gives its characters. */
public record TextSpan(int start, int end) {

    public String of(String text) {
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }
}
