package news.summarizer.core.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.summarizer.core.engine.DraftStatement;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.Statement;
import news.summarizer.core.summary.StatementKind;
import org.junit.jupiter.api.Test;

/** What reaches the contract: verbatim texts at their offsets, evidence sentences, speakers that are actors. */
class StatementGrounderTest {

    private static final String TEXT = "Lindenau bekommt eine Brücke. „Wir sind im Plan. Im Mai wird eröffnet“, "
            + "sagte Hartwig am Dienstag. Die Kosten seien gedeckt.";
    private static final List<Actor> ACTORS = List.of(new Actor("Lena Hartwig", ActorType.PERSON, null, null, 2, "", 0));

    @Test
    void should_locate_the_text_and_take_the_sentences_with_statement_and_attribution_as_evidence() {
        // Without it offsets would be missing and a quotation over two sentences would lose its inquit.
        GroundedStatements grounded = StatementGrounder.ground(TEXT,
                List.of(new DraftStatement("Hartwig", "direct", "„Wir sind im Plan. Im Mai wird eröffnet“")), ACTORS);

        Statement statement = grounded.statements().get(0);
        assertThat(statement.speaker()).isEqualTo("Lena Hartwig");
        assertThat(statement.text()).isEqualTo("Wir sind im Plan. Im Mai wird eröffnet");
        assertThat(TEXT.substring(statement.offset())).startsWith(statement.text());
        assertThat(statement.evidence()).isEqualTo("„Wir sind im Plan. Im Mai wird eröffnet“, sagte Hartwig am Dienstag.");
        assertThat(TEXT.substring(statement.evidenceOffset())).startsWith(statement.evidence());
        assertThat(grounded.warnings()).isEmpty();
    }

    @Test
    void should_drop_with_a_warning_a_text_not_in_the_article_and_a_speaker_who_is_no_actor() {
        // Without it a paraphrase, or words of someone the answer does not report, would reach the reader.
        GroundedStatements grounded = StatementGrounder.ground(TEXT, List.of(
                new DraftStatement("Hartwig", "indirect", "Die Kosten seien hoch"),
                new DraftStatement("Petra Vogt", "indirect", "Die Kosten seien gedeckt")), ACTORS);

        assertThat(grounded.statements()).isEmpty();
        assertThat(grounded.warnings()).containsExactly(
                "Dropped the statement \"Die Kosten seien hoch\" of Lena Hartwig: it does not stand verbatim in the article",
                "Dropped the statement \"Die Kosten seien gedeckt\": its speaker 'Petra Vogt' is not one of the actors");
    }

    @Test
    void should_tell_the_kind_from_the_quote_marks_when_the_engine_gives_none() {
        // Without it a model's unknown "kind" would leave the contract with a null kind.
        GroundedStatements grounded = StatementGrounder.ground(TEXT, List.of(
                new DraftStatement("Lena Hartwig", "zitat", "Wir sind im Plan. Im Mai wird eröffnet"),
                new DraftStatement("Lena Hartwig", null, "Die Kosten seien gedeckt")), ACTORS);

        assertThat(grounded.statements()).extracting(Statement::kind)
                .containsExactly(StatementKind.DIRECT, StatementKind.INDIRECT);
    }

    @Test
    void should_keep_the_same_words_once_per_speaker() {
        // Without it the statement of two speakers who said it together ("A und B erklärten, …") would keep only the
        // first one, and a duplicate of one speaker would be reported twice.
        List<Actor> actors = List.of(ACTORS.get(0), new Actor("Tomasz Wierzbicki", ActorType.PERSON, null, null, 1, "", 0));
        GroundedStatements grounded = StatementGrounder.ground(TEXT, List.of(
                new DraftStatement("Lena Hartwig", "direct", "Wir sind im Plan"),
                new DraftStatement("Tomasz Wierzbicki", "direct", "Wir sind im Plan"),
                new DraftStatement("Lena Hartwig", "direct", "Wir sind im Plan")), actors);

        assertThat(grounded.statements()).extracting(Statement::speaker)
                .containsExactly("Lena Hartwig", "Tomasz Wierzbicki");
    }
}
