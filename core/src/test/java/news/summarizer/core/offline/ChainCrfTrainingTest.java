package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CRF learner behind the shipped name-tagger model, on our own fictional sentences. */
class ChainCrfTrainingTest {

    @Test
    void should_tag_its_training_sentences_as_annotated_when_trained_as_a_crf() {
        // Without the gradient's direction (gold counts minus expected counts) the CRF would not fit even the few
        // sentences it was trained on, and the shipped model would be trained wrongly without any test noticing.
        List<List<String>> tokens = List.of(
                List.of("Mirja", "Thalmann", "eröffnete", "in", "Kolbenhagen", "das", "Museum", "."),
                List.of("Die", "Firma", "Brenntal", "Werke", "baut", "in", "Osterwick", "."),
                List.of("In", "Kolbenhagen", "sprach", "Mirja", "Thalmann", "mit", "der", "Firma", "Brenntal", "Werke",
                        "."),
                List.of("Hauke", "Ribbeck", "zog", "nach", "Osterwick", "."));
        List<List<String>> gold = List.of(
                List.of("B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O"),
                List.of("O", "O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"),
                List.of("O", "B-LOC", "O", "B-PER", "I-PER", "O", "O", "O", "B-ORG", "I-ORG", "O"),
                List.of("B-PER", "I-PER", "O", "O", "B-LOC", "O"));

        NameTagger trained = NameTaggerTraining.train(tokens, gold);

        for (int s = 0; s < tokens.size(); s++) {
            assertThat(trained.tag(EntityFinder.inputOfTokens(tokens.get(s))))
                    .as(String.join(" ", tokens.get(s)))
                    .containsExactly(gold.get(s).toArray(String[]::new));
        }
    }
}
