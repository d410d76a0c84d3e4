package news.summarizer.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown: an optional YAML front matter ({@code title:}, {@code date:}, {@code url:}), a leading
 * {@code # heading} as the title, and the prose with its markup removed.
 */
final class MarkdownArticleReader {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\s*\\n(.*?)\\n---\\s*(\\n|\\z)", Pattern.DOTALL);
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("(?m)^(title|date|url)\\s*:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern FIRST_HEADING = Pattern.compile("\\A\\s*#\\s+(.+?)\\s*#*\\s*(\\n|\\z)");
    private static final Pattern[] MARKUP = {
            Pattern.compile("(?m)^```.*$|^~~~.*$"),                 // code fence lines
            Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)"),           // images
            Pattern.compile("(?m)^[ \\t]{0,3}(#{1,6})[ \\t]+|[ \\t]+#+[ \\t]*$"), // heading markers
            Pattern.compile("(?m)^[ \\t]{0,3}>[ \\t]?"),                  // block quotes
            Pattern.compile("(?m)^[ \\t]*([-*+]|\\d+[.)])[ \\t]+"),       // list markers
            Pattern.compile("(?m)^[ \\t]*([-*_][ \\t]*){3,}$"),           // horizontal rules
            Pattern.compile("<[^>\\n]+>"),                          // inline html
    };
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|~~|`)(\\S(?:.*?\\S)?)\\1");

    private MarkdownArticleReader() {
    }

    static ExtractedArticle read(String markdown) {
        String body = markdown.replace("\r\n", "\n");
        String title = null;
        String date = null;
        List<String> warnings = new ArrayList<>();
        String url = null;
        Matcher frontMatter = FRONT_MATTER.matcher(body);
        if (frontMatter.find()) {
            Matcher field = FRONT_MATTER_FIELD.matcher(frontMatter.group(1));
            while (field.find()) {
                switch (field.group(1)) {
                    case "title" -> title = field.group(2);
                    case "date" -> {
                        date = Dates.isoOrNull(field.group(2));
                        if (date == null && !field.group(2).isBlank()) {
                            warnings.add(Dates.ignoredWarning(field.group(2)));
                        }
                    }
                    default -> url = field.group(2);
                }
            }
            body = body.substring(frontMatter.end());
        }
        Matcher heading = FIRST_HEADING.matcher(body);
        if (heading.find()) {
            if (title == null) {
                title = stripInline(heading.group(1));
            }
            body = body.substring(heading.end());
        }
        for (Pattern markup : MARKUP) {
            body = markup.matcher(body).replaceAll("");
        }
        return new ExtractedArticle(joinWrappedLines(stripInline(body)), title, date, url, warnings);
    }

    private static String stripInline(String text) {
        String result = LINK.matcher(text).replaceAll("$1");
        String previous;
        do {
            previous = result;
            result = EMPHASIS.matcher(result).replaceAll("$2");
        } while (!result.equals(previous));
        return result;
    }

    /** Markdown wraps paragraphs over several lines; a single newline inside a paragraph is a space. */
    private static String joinWrappedLines(String text) {
        return text.replaceAll("(?<!\\n)\\n(?!\\n)", " ");
    }
}
