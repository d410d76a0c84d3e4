package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The name tagger's features are the hashes of their texts, whatever shortcut computes them. */
class NameFeaturesTest {

    @Test
    void should_compute_each_context_feature_as_the_hash_of_its_text_when_prefixes_are_precomputed() {
        // The shipped model's weights are keyed by the hash of texts such as "pos-1|pos=ART|NN" and "lex-1=VOR": a
        // precomputed "name=" state or a neighbour's per-word hashes that differ from that text (a typo in a name, a
        // missing "|", the dictionary kinds and list kinds swapped) would silently drop those weights.
        NameTagger.Input input = EntityFinder.inputOfTokens(
                List.of("Karla", "Timmermann", "aus", "Lübbenau", "leitet", "die", "Stadtwerke", "Fennwald", "."));
        NameFeatures.WordInfo[] infos = NameFeatures.infos(input);

        for (int i = 0; i < input.words().length; i++) {
            NameFeatures.Features features = new NameFeatures.Features();
            NameFeatures.contextFeatures(input, infos, i, features);

            assertThat(java.util.Arrays.copyOf(features.ids, features.size))
                    .as("word %d", i).containsExactly(byText(input, infos, i));
        }
    }

    /** The context features spelt out as texts ("name=value" or "name=value|second"), in the tagger's order. */
    private static long[] byText(NameTagger.Input input, NameFeatures.WordInfo[] infos, int i) {
        String[] words = input.words();
        String[] pos = input.pos();
        String[] rule = input.rule();
        NameFeatures.WordInfo word = infos[i];
        List<String> texts = new ArrayList<>();
        texts.add("pos=" + pos[i]);
        texts.add("rule=" + rule[i]);
        texts.add("rule-1=" + (i > 0 ? rule[i - 1] : "^") + "|" + rule[i]);
        texts.add("rule+1=" + rule[i] + "|" + (i + 1 < words.length ? rule[i + 1] : "$"));
        if (i == 0) {
            texts.add("first|sh=" + word.shape());
            texts.add("first|pos=" + pos[0]);
            if (!word.lower().equals(words[0])) {
                for (String kind : NameFeatures.infos(EntityFinder.inputOfTokens(List.of(word.lower())))[0].kinds()) {
                    texts.add("first|lexlow=" + kind);
                }
            }
        }
        String[] neighbour = {"w-2", "w-1", "", "w1", "w2"};
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            boolean inside = j >= 0 && j < words.length;
            String text = j < 0 ? "^" : inside ? infos[j].lower() : "$";
            texts.add(neighbour[d + 2] + "=" + text);
            if (d == -1) {
                texts.add(neighbour[d + 2] + "=" + text + "|" + word.lower());
            }
            if (Math.abs(d) == 1) {
                String otherPos = inside ? pos[j] : text;
                String side = d < 0 ? "-1" : "1";
                texts.add("pos" + side + "=" + otherPos);
                texts.add("pos" + side + "|pos=" + otherPos + "|" + pos[i]);
                texts.add("sh" + side + "|sh=" + (inside ? infos[j].shape() : text) + "|" + word.shape());
                if (inside) {
                    for (String kind : infos[j].kinds()) {
                        texts.add("lex" + side + "=" + kind);
                    }
                    for (String kind : infos[j].listed()) {
                        texts.add("gaz" + side + "=" + kind);
                    }
                }
            }
        }
        for (String kind : Gazetteer.shipped().runKinds(words, i)) {
            texts.add("gazrun=" + kind);
        }
        texts.add("lexall|sh|first=" + word.kindsJoined() + "|" + word.shape() + (i == 0));
        texts.add("lexall|rule=" + word.kindsJoined() + "|" + rule[i]);
        for (String kind : word.kinds()) {
            texts.add("lex|pos=" + kind + "|" + pos[i]);
        }
        return texts.stream().mapToLong(NameFeaturesTest::fnv1a).toArray();
    }

    /** 64-bit FNV-1a over the UTF-16 characters, as the features are defined. */
    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int k = 0; k < text.length(); k++) {
            hash = (hash ^ text.charAt(k)) * 0x100000001b3L;
        }
        return hash;
    }
}
