package news.summarizer.testing;

/**
 * JSON article bodies a careless or hostile client sends, the same in every adapter's tests: each must be refused as
 * {@code 400 invalid_request} naming its problem, never a 500 and never silently accepted.
 */
public final class HostileJson {

    /** The fictional text of every hostile article, long enough to be summarised if it got through. */
    public static final String TEXT = "Der Gemeinderat von Wiesental hat am Dienstag den neuen Radweg beschlossen.";

    private HostileJson() {
    }

    /** An article whose {@code text} is wrapped in {@code depth} arrays: {@code {"text": [[[ … ]]]}}. */
    public static String nestedArrays(int depth) {
        return "{\"text\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    /** A proper article with one more field holding a number of {@code digits} digits. */
    public static String longNumber(int digits) {
        return "{\"text\": \"" + TEXT + "\", \"id\": 1" + "0".repeat(digits - 1) + "}";
    }

    /** The key {@code text} twice: which one a lenient reader keeps is an accident of its implementation. */
    public static String duplicateText() {
        return "{\"text\": \"" + TEXT + "\", \"title\": \"Radweg\", \"text\": \"Ein ganz anderer Text.\"}";
    }
}
