package news.summarizer.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the cold-start preload's one line says of the first request's classes (news.summarizer.core.ColdStartPreload,
 * logged at DEBUG): how many the function's list names, and how many of them the build no longer has.
 */
public final class PreloadLog {

    private static final Pattern CLASSES =
            Pattern.compile("first-request classes in \\d+ ms \\((\\d+) listed, (\\d+) not found\\)");

    public record Classes(int listed, int notFound) {
    }

    private PreloadLog() {
    }

    public static Classes firstRequestClasses(String log) {
        Matcher line = CLASSES.matcher(log);
        if (!line.find()) {
            throw new AssertionError("No preload line on the first request's classes in:\n" + log);
        }
        return new Classes(Integer.parseInt(line.group(1)), Integer.parseInt(line.group(2)));
    }
}
