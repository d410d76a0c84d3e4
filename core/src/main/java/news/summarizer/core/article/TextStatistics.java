package news.summarizer.core.article;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a page, gathered in one pass without recursion (a page may nest 50,000
 * elements deep): characters below the element, characters inside links, and the element's own paragraph text,
 * that is the text of its inline content, not of its block children. A {@code div} that holds its text directly,
 * without {@code <p>}, is a paragraph by this measure as much as a {@code <p>} is.
 */
final class TextStatistics {

    /** Tags that flow inside a paragraph; every other tag starts a block of its own. */
    static final Set<String> INLINE_TAGS = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code",
            "data", "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small",
            "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "nobr");

    /** Per element: all text below it, the part inside links, its own inline text and the commas in that. */
    static final class Measure {
        int characters;
        int linkCharacters;
        int ownCharacters;
        int ownCommas;

        double linkDensity() {
            return characters == 0 ? 0 : (double) linkCharacters / characters;
        }
    }

    private final Map<Element, Measure> measures = new IdentityHashMap<>();

    TextStatistics(Element root) {
        Deque<Element> blocks = new ArrayDeque<>();
        int[] linkDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    measures.put(element, new Measure());
                    if (!isInline(element)) {
                        blocks.push(element);
                    }
                    if (element.nameIs("a")) {
                        linkDepth[0]++;
                    }
                } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    String value = text.text();
                    int length = value.strip().length();
                    if (length == 0) {
                        return;
                    }
                    Measure own = measures.get(parent);
                    own.characters += length;
                    if (linkDepth[0] > 0) {
                        own.linkCharacters += length;
                    }
                    Measure block = blocks.isEmpty() ? null : measures.get(blocks.peek());
                    if (block != null) {
                        block.ownCharacters += length;
                        block.ownCommas += commas(value);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (!isInline(element) && !blocks.isEmpty()) {
                        blocks.pop();
                    }
                    if (element.nameIs("a")) {
                        linkDepth[0]--;
                    }
                    Element parent = element.parent();
                    if (parent != null && measures.containsKey(parent)) {
                        Measure mine = measures.get(element);
                        Measure theirs = measures.get(parent);
                        theirs.characters += mine.characters;
                        theirs.linkCharacters += mine.linkCharacters;
                    }
                }
            }
        }, root);
    }

    Measure of(Element element) {
        Measure measure = measures.get(element);
        return measure == null ? new Measure() : measure;
    }

    static boolean isInline(Element element) {
        return INLINE_TAGS.contains(element.normalName());
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\uFF0C' || c == '\u3001') {
                commas++;
            }
        }
        return commas;
    }
}
