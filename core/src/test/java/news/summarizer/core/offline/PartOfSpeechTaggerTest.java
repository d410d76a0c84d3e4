package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import news.summarizer.core.text.GermanSentences;
import news.summarizer.core.text.GermanTokens;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.junit.jupiter.api.Test;

/**
 * Our part-of-speech runtime against Apache OpenNLP with the same model (OpenNLP is a test dependency only): the same
 * tag for every token, the same features in the same order, the same word classes and lower-casing. Without these a
 * change in the runtime could shift tags (and with them actors and statements) unnoticed.
 */
class PartOfSpeechTaggerTest {

    /** Our own fictional German news text: names, numbers, quotes, hyphens, abbreviations, English, odd characters. */
    static final String TEXTS = """
            Kassel (dpa) - Die Bürgermeisterin von Kassel, Dr. Henrike Albers-Wendt (SPD), hat am Montag den neuen Haushalt vorgestellt.
            „Wir investieren 12,5 Mio. Euro in Schulen, Radwege und das Klinikum“, sagte Albers-Wendt vor Journalisten.
            Der CDU-Fraktionschef Jörg van der Meulen kritisierte den Plan: Er sei „unseriös und auf Kante genäht“.
            Laut dem Statistischen Landesamt stieg die Einwohnerzahl bis 2024 um 3,2 Prozent auf 204.687 Menschen.
            Die Firma Nordlicht Solar GmbH & Co. KG kündigte an, bis Ende 2026 rund 340 Stellen zu schaffen.
            Ihr CEO, Marcus O'Brien, sprach von einem „Game Changer“ und einem „Deal, der Kassel auf die Landkarte setzt“.
            Am 4. November trafen sich Prof. Anna Berger und Dr. med. Jonas Weil in der Uni-Klinik an der Mönchebergstraße 41a.
            Wer hätte das gedacht? Niemand! Oder doch ... vielleicht die Grünen?
            Das Spiel endete 2:1 (1:0); Torschütze war der 19-jährige Mehmet Yıldız in der 87. Minute.
            Die Ministerin – so hieß es aus Berlin – wolle die E-Mail-Adresse info@kassel-solar.example und die Seite www.kassel-solar.example prüfen lassen.
            Temperaturen von −5 °C bis 30 °C, 15 % Rabatt, 1/3 der Fläche und 7.30 Uhr: Zahlen über Zahlen.
            US-Präsident, EU-Kommission, UN-Sicherheitsrat und NATO-Gipfel stehen in der Zeitung vom 12.03.2025.
            „Das ist nicht okay“, schrieb @kasselnews auf X, #Haushalt2025 trendete den ganzen Tag 🙂.
            Die Straße heißt Λεωφόρος, der Gast aus Kyjiw sagte Дякую, und aus Tokio kam ein Gruß: ありがとう, カタカナ, 漢字.
            A. Meier, B. Schulz und Ü. Öztürk unterschrieben; ca. 20 v. a. ältere Bürger*innen protestierten, u.a. vor dem Rathaus.
            ÄRGER IM RATHAUS: Stadtwerke erhöhen Preise um 8,9 % – Opposition spricht von „Abzocke“!
            Sie kaufte 3 kg Äpfel, 2 l Milch und ein iPhone 15 Pro für 1.199,00 €.
            Der Bundestag beschloss das Gesetz mit 412 zu 198 Stimmen bei 27 Enthaltungen.
            """;

    private final PartOfSpeechModel model = PartOfSpeechModel.shipped();
    private final PartOfSpeechTagger tagger = PartOfSpeechTagger.shipped();

    @Test
    void should_give_opennlps_tag_for_every_token_when_tagging_varied_german_text() {
        POSTaggerME opennlp = OpenNlpPartOfSpeech.greedyTagger();
        int tokens = 0;
        for (String[] sentence : sentences()) {
            assertThat(tagger.tag(sentence)).as(String.join(" ", sentence)).containsExactly(opennlp.tag(sentence));
            tokens += sentence.length;
        }
        assertThat(tokens).isGreaterThan(300);
    }

    @Test
    void should_give_opennlps_tags_again_when_every_token_is_remembered_from_an_earlier_sentence() {
        // Without it: the per-token memo (affixes, word entry, word class) could hand out an answer another token or a
        // later sentence changed (a shared array written into), and only a text read a second time would show it.
        POSTaggerME opennlp = OpenNlpPartOfSpeech.greedyTagger();
        PartOfSpeechTagger fresh = new PartOfSpeechTagger(model);
        List<String[]> sentences = sentences();
        sentences.forEach(fresh::tag);
        for (String[] sentence : sentences) {
            assertThat(fresh.tag(sentence)).as(String.join(" ", sentence)).containsExactly(opennlp.tag(sentence));
        }
    }

    @Test
    void should_give_opennlps_tags_when_tokens_are_unusual() {
        // Without it: the word classes' corner cases (empty, digits only, "A.\n", surrogates, all-caps) could differ.
        POSTaggerME opennlp = OpenNlpPartOfSpeech.greedyTagger();
        String[][] sentences = {
            {},
            {"Allein"},
            {"A.", "B.\n", "C.\r\n", "1", "12", "1234", "12345", "1-2", "1/2", "1,2", "1.2", "X1", "ABC", "Q", "é"},
            {"😀", "a😀b", "\uD800", "ǅ", "ß", "İstanbul", "ΣΟΦΊΑ", "ー", "・", "〜", "漢", "ｶﾀｶﾅ", "ʰ", "ª"},
            {"Der", "", "Tag", "-", "--", "...", "„", "“", "»", "«", "'", "(", ")", "§", "&", "+", "%", "€", "$"},
        };
        for (String[] sentence : sentences) {
            assertThat(tagger.tag(sentence)).as(Arrays.toString(sentence)).containsExactly(opennlp.tag(sentence));
        }
    }

    @Test
    void should_use_opennlps_features_in_opennlps_order_when_reading_a_sentence() {
        // Without it: a feature missed or added where the tags happen to agree would go unnoticed until a text
        // where it tips the balance; the order matters because the doubles are summed in it.
        POSContextGenerator contexts = OpenNlpPartOfSpeech.model().getFactory().getPOSContextGenerator(0);
        POSTaggerME opennlp = OpenNlpPartOfSpeech.greedyTagger();
        int compared = 0;
        for (String[] sentence : sentences()) {
            String[] tags = opennlp.tag(sentence);
            int[] tagIds = Arrays.stream(tags).mapToInt(this::tagId).toArray();
            for (int i = 0; i < sentence.length; i++) {
                String[] expected = Arrays.stream(contexts.getContext(i, sentence, Arrays.copyOf(tags, i), null))
                        .filter(feature -> model.find(feature) >= 0).toArray(String[]::new);
                String[] actual = Arrays.stream(tagger.activePredicates(sentence, tagIds, i)).mapToObj(model::predicate)
                        .toArray(String[]::new);
                assertThat(actual).as("token %d of %s", i, Arrays.toString(sentence)).containsExactly(expected);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    @Test
    void should_classify_every_character_as_opennlp_does_when_it_stands_alone_or_in_a_word() {
        // Without it: a character class (digits of other scripts, modifier letters, CJK) could get another "wc=".
        for (int c = 0; c <= 0xFFFF; c++) {
            String alone = String.valueOf((char) c);
            for (String token : List.of(alone, "A" + alone, alone + "b", "1" + alone + "2")) {
                assertThat(WordClass.NAMES[WordClass.of(token)]).as("U+%04X in %s", c, token)
                        .isEqualTo(FeatureGeneratorUtil.tokenFeature(token));
            }
        }
        for (String token : List.of("", "A.", "Ä.", "a.", "AB.", "A.\n", "A.\r\n", "A.\n\n", "A.\u2028", "A.\t", "😀",
                "x😀", "1.000,50", "12:30", "1990er", "-5", "1/2", "ANNA", "Anna", "anna", "aNNA")) {
            assertThat(WordClass.NAMES[WordClass.of(token)]).as(token).isEqualTo(FeatureGeneratorUtil.tokenFeature(token));
        }
    }

    @Test
    void should_hold_that_characters_below_the_fast_path_bound_are_latin_or_common() {
        // Without it: WordClass's shortcut (no script look-up below U+0250) would be wrong for some character there.
        for (int c = 0; c < WordClass.LATIN_OR_COMMON_BELOW; c++) {
            assertThat(Character.UnicodeScript.of(c)).as("U+%04X", c)
                    .isIn(Character.UnicodeScript.LATIN, Character.UnicodeScript.COMMON);
        }
    }

    @Test
    void should_lower_case_as_opennlp_does_when_a_word_has_special_letters() {
        // Without it: "İ" (String.toLowerCase gives two chars) or a supplementary letter would miss their "w=" feature.
        List<String> words = new ArrayList<>(List.of("İSTANBUL", "ΣΟΦΊΑ", "Straße", "ǅemal", "𐐀𐐁", "\uD801", "ÄÖÜ"));
        for (int c = 0; c <= 0xFFFF; c += 7) {
            words.add("A" + (char) c);
        }
        for (String word : words) {
            char[] lower = new char[2 * word.length()];
            int length = PartOfSpeechTagger.lowerCase(word.toCharArray(), 0, word.length(), lower, 0);
            assertThat(new String(lower, 0, length)).as(word).isEqualTo(StringUtil.toLowerCase(word));
        }
    }

    @Test
    void should_choose_the_first_tag_when_two_are_equally_likely() {
        // Without it: on an exact tie we could pick another tag than OpenNLP's beam search, which keeps the first.
        double[] sums = {-1.0, 2.5, 2.5, 0.3};

        assertThat(PartOfSpeechTagger.bestByProbability(sums, 3)).isEqualTo(1);
    }

    @Test
    void should_reproduce_the_shipped_model_when_converting_opennlps_model_again() throws IOException {
        // Without it: a new OpenNLP model version on the test class path would leave the shipped resource stale.
        byte[] converted = PartOfSpeechModelConverter.convert();
        byte[] shipped;
        try (var in = PartOfSpeechModel.class.getResourceAsStream(PartOfSpeechModel.SHIPPED)) {
            shipped = in.readAllBytes();
        }

        assertThat(converted).isEqualTo(shipped);
        assertThat(PartOfSpeechModel.read(new ByteArrayInputStream(shipped)).provenance())
                .contains("opennlp-de-ud-gsd-pos-1.3-2.5.4.bin", "CC BY-SA 4.0", "Apache 2.0");
    }

    private int tagId(String tag) {
        for (int t = 0; t < model.tagCount(); t++) {
            if (model.tag(t).equals(tag)) {
                return t;
            }
        }
        throw new IllegalArgumentException(tag);
    }

    /** The texts cut as the engine cuts them: lines, sentences, tokens. */
    static List<String[]> sentences() {
        List<String[]> sentences = new ArrayList<>();
        for (String line : TEXTS.split("\n")) {
            for (String sentence : GermanSentences.texts(line)) {
                sentences.add(GermanTokens.tokenize(sentence).stream().map(span -> span.of(sentence))
                        .toArray(String[]::new));
            }
        }
        return sentences;
    }
}
