package news.summarizer.core.article;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The format of a body whose Content-Type says nothing (none, curl's form default, octet-stream): a web page, a
 * JSON article, Markdown when it clearly is, else plain text. It looks only at ASCII structure, so it works
 * before the charset is known.
 */
final class FormatSniffer {

    private static final int SNIFF_BYTES = 4096;
    private static final Pattern HTML_START = Pattern.compile(
            "\\A(?:<!doctype html|<html|<head|<body|<meta|<title|<article|<main|<section|<div|<p|<h[1-6]|<!--)[\\s>/]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_ANYWHERE = Pattern.compile("<(?:html|body|article)[\\s>]|</p>|<br\\s*/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\r?\\n(?:[A-Za-z_-]+[ \\t]*:.*\\r?\\n)+---\\r?\\n");
    private static final Pattern LEADING_HEADING = Pattern.compile("\\A#{1,6}[ \\t]+\\S");
    private static final Pattern HEADING_LINE = Pattern.compile("(?m)^#{1,6}[ \\t]+\\S");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]\\n]+\\]\\((?:https?://|/)[^)\\s]*\\)");

    private FormatSniffer() {
    }

    static ArticleFormat sniff(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading();
        if (HTML_START.matcher(head).find() || head.toLowerCase(Locale.ROOT).startsWith("<?xml")
                && HTML_ANYWHERE.matcher(head).find()) {
            return ArticleFormat.HTML;
        }
        if (head.startsWith("{") && lastNonSpace(body) == '}') {
            // Malformed JSON then fails as 400 invalid_request, which says more than a summary of braces would.
            return ArticleFormat.JSON;
        }
        String prose = DateLine.split(head).text().stripLeading();
        if (FRONT_MATTER.matcher(prose).find() || LEADING_HEADING.matcher(prose).find()
                || HEADING_LINE.matcher(prose).results().count() >= 2 || LINK.matcher(prose).results().count() >= 2) {
            return ArticleFormat.MARKDOWN;
        }
        return ArticleFormat.PLAIN_TEXT;
    }

    private static int lastNonSpace(byte[] body) {
        for (int i = body.length - 1; i >= 0; i--) {
            if (!Character.isWhitespace(body[i])) {
                return body[i];
            }
        }
        return -1;
    }
}
