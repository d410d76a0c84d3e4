package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import news.summarizer.core.summary.Entity;
import news.summarizer.core.summary.EntityType;
import org.junit.jupiter.api.Test;

/** The trained name tagger behind {@code entities}: the shipped model, its file format and its decoding rule. */
class NameTaggerTest {

    @Test
    void should_find_a_person_an_organisation_and_a_place_with_offsets_when_the_shipped_model_tags_an_article() {
        // Without the shipped model (or with entities built from the wrong words) these names or offsets are lost.
        String text = "Die Sprecherin der Nordwerft AG, Jana Wolters, sagte am Montag in Hamburg, die Arbeit gehe weiter.";

        List<Entity> entities = EntityFinder.find(text);

        assertThat(entities).extracting(Entity::text, Entity::type).contains(
                org.assertj.core.groups.Tuple.tuple("Nordwerft AG", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Jana Wolters", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Hamburg", EntityType.PLACE));
        entities.forEach(entity ->
                assertThat(text.substring(entity.offset(), entity.offset() + entity.length())).isEqualTo(entity.text()));
    }

    @Test
    void should_load_the_shipped_model_from_the_class_path() {
        // Without the resource in the core jar every answer's entities would fail on first use.
        assertThat(NameTagger.shipped().featureCount()).isGreaterThan(1_000);
    }

    @Test
    void should_tag_alike_when_a_model_is_written_and_read_back() throws IOException {
        // Without a faithful format (mask, 16-bit weights, transitions) the shipped model would tag unlike the trained.
        List<List<String>> tokens = List.of(
                List.of("Karla", "Timmermann", "leitet", "die", "Firma", "Holzbau", "Grevenkamp", "."),
                List.of("In", "Lübbenau", "sprach", "Ole", "Brandstätter", "mit", "der", "Polizei", "."),
                List.of("Die", "Stadtwerke", "Fennwald", "bauen", "in", "Rostock", "."));
        List<List<String>> gold = List.of(
                List.of("B-PER", "I-PER", "O", "O", "O", "B-ORG", "I-ORG", "O"),
                List.of("O", "B-LOC", "O", "B-PER", "I-PER", "O", "O", "O", "O"),
                List.of("O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"));
        NameTagger trained = NameTaggerTraining.train(tokens, gold);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.write(bytes);

        NameTagger read = NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(read.featureCount()).isPositive().isLessThanOrEqualTo(trained.featureCount());
        for (List<String> sentence : tokens) {
            NameTagger.Input input = EntityFinder.inputOfTokens(sentence);
            assertThat(read.tag(input)).containsExactly(trained.tag(input));
        }
        assertThat(read.tag(EntityFinder.inputOfTokens(tokens.get(1))))
                .containsExactly(gold.get(1).toArray(String[]::new));
    }

    @Test
    void should_never_open_an_entity_with_an_inside_tag() {
        // Without the constraint in Viterbi "O I-PER" could be decoded, an entity without a start.
        float[][] scores = new float[2][NameTagger.T];
        scores[0][2] = 5; // I-PER strongest on the first word
        scores[1][4] = 5; // I-ORG strongest on the second
        float[] transitions = new float[(NameTagger.T + 1) * NameTagger.T];

        int[] path = NameTagger.viterbi(scores, transitions);

        assertThat(NameTagger.TAGS[path[0]]).doesNotStartWith("I-");
        String first = NameTagger.TAGS[path[0]];
        String continued = first.length() > 2 ? "I-" + first.substring(2) : "O";
        assertThat(NameTagger.TAGS[path[1]]).isIn("O", "B-ORG", "B-PER", "B-LOC", continued);
    }
}
