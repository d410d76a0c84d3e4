package news.summarizer.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.summarizer.core.engine.DraftSummary;
import org.junit.jupiter.api.Test;

/** What counts as a claim, and when the article supports it. */
class FactCheckerTest {

    private static final String ARTICLE = "Potsdam - Der Landtag hat am Dienstag ein Förderprogramm von 2.500 Millionen Euro "
            + "beschlossen. Verkehrsministerin Jana Albers sprach von einem Durchbruch für die Deutsche Bahn. Künftig "
            + "sollen 12 Züge pro Stunde fahren, drei mehr als heute. Kritik kam vom Bund der Steuerzahler.";
    private static final FactChecker CHECKER = new FactChecker(ARTICLE, "2025-11-04");

    private static List<String> unsupported(String sentence) {
        return CHECKER.check(new DraftSummary("Überschrift", sentence, List.of("Punkt."), List.of())).problems().stream()
                .map(problem -> problem.claim().unsupported())
                .toList();
    }

    @Test
    void should_judge_alike_whether_the_article_was_read_beforehand_on_another_thread_or_at_the_check() throws Exception {
        // Without it reading the article while the model writes (prepare, on the request thread) could judge otherwise
        // than reading it at the first check, or a checker read on one thread could be seen half-read on another.
        FactChecker early = new FactChecker(ARTICLE, "2025-11-04");
        Thread reader = new Thread(early::prepare);
        reader.start();
        reader.join();
        DraftSummary draft = new DraftSummary("Landtag beschließt 2,5 Milliarden Euro",
                "Ministerin Jana Albers nannte am 4. November fünfzehn Züge pro Stunde. Die Deutsche Bahn schwieg.",
                List.of("Kritik vom Bund der Steuerzahler.", "Ministerin Petra Lorenz widersprach."), List.of());

        FactChecker.Report prepared = early.check(draft);
        FactChecker.Report atCheck = new FactChecker(ARTICLE, "2025-11-04").check(draft);

        assertThat(prepared).isEqualTo(atCheck);
        assertThat(prepared.problems()).isNotEmpty();
    }

    @Test
    void should_accept_numbers_written_another_way_than_in_the_article() {
        // Without it a faithful paraphrase ("2,5 Milliarden", "zwölf") would be sent back or dropped.
        assertThat(unsupported("Das Programm umfasst 2,5 Milliarden Euro.")).isEmpty();
        assertThat(unsupported("Künftig fahren zwölf Züge pro Stunde.")).isEmpty();
        assertThat(unsupported("Das sind 3 Züge mehr als heute.")).isEmpty();
    }

    @Test
    void should_flag_numbers_and_scales_the_article_does_not_give() {
        // Without it an invented or inflated figure would reach the reader unflagged.
        assertThat(unsupported("Das Programm umfasst 2,5 Billionen Euro.")).containsExactly("2,5 Billionen Euro");
        assertThat(unsupported("Künftig fahren fünfzehn Züge pro Stunde.")).containsExactly("fünfzehn Züge");
    }

    @Test
    void should_accept_the_publication_date_and_the_weekday_the_article_names() {
        // Without the publication date a summary that dates the story would be flagged.
        assertThat(unsupported("Der Landtag entschied am Dienstag, dem 4. November 2025.")).isEmpty();
        assertThat(unsupported("Der Landtag entschied am 5. November.")).containsExactly("5. November");
    }

    @Test
    void should_check_names_after_titles_and_in_runs_but_tolerate_declension_and_sentence_starts() {
        // Without it an invented minister would pass, or every capitalised noun would count as a name.
        assertThat(unsupported("Ministerin Albers lobte die Pläne der Deutschen Bahn.")).isEmpty();
        assertThat(unsupported("Finanzminister Karl Brenner widersprach.")).containsExactly("Karl Brenner");
        assertThat(unsupported("Scharfe Kritik kam von Verbänden.")).isEmpty();
        assertThat(unsupported("Jana Albers sprach von einem Durchbruch.")).isEmpty();
    }

    @Test
    void should_accept_a_name_next_to_a_noun_when_the_article_writes_both_but_not_side_by_side() {
        // Without it "Land bietet Talvenwerk Hilfe an"-style headlines cost a correction and a warning for nothing.
        assertThat(unsupported("Landtag Förderprogramm beschlossen.")).isEmpty();
        assertThat(unsupported("Jana Brenner sprach von einem Durchbruch.")).containsExactly("Jana Brenner");
    }

    @Test
    void should_find_a_surname_ending_in_er_that_the_article_only_writes_in_the_genitive() {
        // Without the dictionary's base form "Müller" was cut to "müll…" and never matched "Müllers": the
        // sentence "Trainerin Müller …" was dropped as naming someone the article does not name.
        FactChecker checker = new FactChecker("Kiel - Müllers Mannschaft gewann am Samstag in Lübeck deutlich. "
                + "Die Trainerin lobte die Abwehr.", null);
        DraftSummary draft = new DraftSummary("Überschrift", "Trainerin Müller lobte ihre Mannschaft.",
                List.of("Punkt."), List.of());
        assertThat(checker.check(draft).problems()).isEmpty();
        DraftSummary invented = new DraftSummary("Überschrift", "Trainerin Möller lobte ihre Mannschaft.",
                List.of("Punkt."), List.of());
        assertThat(checker.check(invented).problems()).hasSize(1);
    }

    @Test
    void should_read_a_code_with_digits_as_one_name_and_a_common_noun_before_it_as_no_part_of_it() {
        // Without digits in names "des Typs H7N3" was read as the name "Typs H", which "does not occur".
        FactChecker checker = new FactChecker("Hannover - In einem Stall bei Celle wurde das Virus des Typs H7N3 "
                + "nachgewiesen. Der Airbus A320 der Staffel blieb am Boden, auch wegen COVID-19.", null);
        assertThat(checker.check(new DraftSummary("Überschrift", "Nachgewiesen wurde das Virus des Typs H7N3.",
                List.of("Der Erreger H7N3 trat bei Celle auf."), List.of())).problems()).isEmpty();
        assertThat(checker.check(new DraftSummary("Überschrift", "Der Airbus A320 blieb wegen COVID-19 am Boden.",
                List.of("Punkt."), List.of())).problems()).isEmpty();
        assertThat(checker.check(new DraftSummary("Überschrift", "Nachgewiesen wurde der Erreger H5N1.",
                List.of("Punkt."), List.of())).problems()).hasSize(1);
    }
}
