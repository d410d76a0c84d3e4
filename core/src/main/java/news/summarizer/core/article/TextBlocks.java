package news.summarizer.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of elements as paragraphs: every block-level tag (any tag that is not inline) starts a new paragraph,
 * {@code <br>} a new line, so text that sits in {@code div}s without {@code <p>} keeps its paragraphs too. A
 * paragraph that is mostly link text (a list of related articles, a tag cloud, "Mehr zum Thema") is left out.
 */
final class TextBlocks {

    private static final double MAX_LINK_SHARE = 0.5;
    private static final int LOOSE_LINE_CHARACTERS = 40;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"“”»«)]$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TextBlocks() {
    }

    /** One paragraph of text with the share of it that sits inside links. */
    record Block(String text, int linkCharacters) {
        double linkDensity() {
            int length = text.replace(" ", "").length();
            return length == 0 ? 0 : (double) linkCharacters / length;
        }
    }

    static List<Block> blocks(List<Element> roots) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] linkCharacters = {0};
        int[] linkDepth = {0};
        Runnable flush = () -> {
            String text = current.toString().strip();
            if (!text.isEmpty()) {
                blocks.add(new Block(text, linkCharacters[0]));
            }
            current.setLength(0);
            linkCharacters[0] = 0;
        };
        NodeVisitor visitor = new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String value = WHITESPACE.matcher(text.getWholeText()).replaceAll(" ");
                    current.append(value);
                    if (linkDepth[0] > 0) {
                        linkCharacters[0] += value.replace(" ", "").length();
                    }
                } else if (node instanceof Element element) {
                    if (element.nameIs("br")) {
                        current.append('\n');
                    } else if (element.nameIs("a")) {
                        linkDepth[0]++;
                    } else if (!TextStatistics.isInline(element)) {
                        flush.run();
                    } else if (element.nameIs("img") || element.nameIs("wbr")) {
                        current.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element.nameIs("a")) {
                        linkDepth[0]--;
                    } else if (!TextStatistics.isInline(element) && !element.nameIs("br")) {
                        flush.run();
                    }
                }
            }
        };
        for (Element root : roots) {
            NodeTraversor.traverse(visitor, root);
            flush.run();
        }
        return blocks;
    }

    /** The paragraphs that are text rather than lists of links, joined by blank lines. */
    static String text(List<Element> roots) {
        List<String> kept = new ArrayList<>();
        for (Block block : blocks(roots)) {
            if (block.linkDensity() > MAX_LINK_SHARE) {
                continue;
            }
            String text = collapse(block.text());
            if (!BoilerplateWording.isFrame(text)) {
                kept.add(text);
            }
        }
        // Short lines that are no sentence at either end are the article's frame: a date, a byline, "Teilen:",
        // a "Mehr zum Thema" heading whose links were already dropped. Inside the text they are subheadings.
        while (kept.size() > 1 && isLooseLine(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        while (kept.size() > 1 && isLooseLine(kept.get(0))) {
            kept.remove(0);
        }
        return String.join("\n\n", kept);
    }

    /** A short line that is no sentence: "Mehr zum Thema", "Teilen:", "12. März 2024", "Von Jana Berg". */
    private static boolean isLooseLine(String block) {
        return block.length() < LOOSE_LINE_CHARACTERS && !SENTENCE_END.matcher(block).find();
    }

    private static String collapse(String text) {
        // two <br> in a row end a paragraph, one ends a line
        return text.replaceAll(" +", " ").replaceAll(" ?\n ?\n[ \n]*", "\n\n").replaceAll(" ?\n ?", "\n").strip();
    }
}
