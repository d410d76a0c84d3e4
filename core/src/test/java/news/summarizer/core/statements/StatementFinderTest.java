package news.summarizer.core.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.summarizer.core.engine.DraftStatement;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import org.junit.jupiter.api.Test;

/**
 * One fictional article per attribution pattern of the offline statement finder; each test says what would break
 * without its rule. Speakers are the article's actors as the engine would report them.
 */
class StatementFinderTest {

    private static final Actor HARTWIG = person("Lena Hartwig");
    private static final Actor WIERZBICKI = person("Tomasz Wierzbicki");
    private static final Actor STADTWERKE = organisation("Stadtwerke Lindenau");
    private static final List<Actor> ACTORS = List.of(HARTWIG, WIERZBICKI, STADTWERKE);

    private static Actor person(String name) {
        return new Actor(name, ActorType.PERSON, null, null, 1, "", 0);
    }

    private static Actor organisation(String name) {
        return new Actor(name, ActorType.ORGANIZATION, null, null, 1, "", 0);
    }

    private static List<DraftStatement> find(String text) {
        return StatementFinder.find(text, ACTORS);
    }

    private static DraftStatement direct(Actor speaker, String text) {
        return new DraftStatement(speaker.name(), "direct", text);
    }

    private static DraftStatement indirect(Actor speaker, String text) {
        return new DraftStatement(speaker.name(), "indirect", text);
    }

    @Test
    void should_attribute_a_quotation_to_the_speaker_named_after_it() {
        // Without the inquit after the quotation ("…“, sagte X) most direct speech in German news would be lost.
        assertThat(find("Die Oderbrücke wird gebaut. „Die Brücke wird pünktlich fertig“, sagte Hartwig am Dienstag."))
                .containsExactly(direct(HARTWIG, "Die Brücke wird pünktlich fertig"));
    }

    @Test
    void should_take_any_verb_right_after_a_quotation_as_its_inquit() {
        // Without it "„…“, freute sich X" would be lost: "sich freuen" is no speech verb, but after a quotation it
        // introduces the speaker as any verb there does.
        assertThat(find("„Wir liegen im Plan“, freute sich Hartwig vor den Gästen."))
                .containsExactly(direct(HARTWIG, "Wir liegen im Plan"));
    }

    @Test
    void should_attribute_a_quotation_introduced_with_a_colon() {
        // Without the colon rule "X sagte: „…“" would not count.
        assertThat(find("Hartwig sagte am Dienstag: „Die Brücke wird pünktlich fertig.“"))
                .containsExactly(direct(HARTWIG, "Die Brücke wird pünktlich fertig."));
    }

    @Test
    void should_attribute_both_parts_of_an_interrupted_quotation() {
        // Without it the second half of „…“, sagte X, „…“ would be lost or become a statement of its own speaker.
        assertThat(find("„Die Brücke“, sagte Hartwig, „wird pünktlich fertig.“"))
                .containsExactly(direct(HARTWIG, "Die Brücke"), direct(HARTWIG, "wird pünktlich fertig."));
    }

    @Test
    void should_read_straight_quotes_and_guillemets_in_both_directions() {
        // Without each pairing rule a style of quotation mark would hide its quotations (or pair the wrong marks).
        assertThat(find("\"Wir sind im Plan\", sagte Hartwig.")).containsExactly(direct(HARTWIG, "Wir sind im Plan"));
        assertThat(find("»Wir sind im Plan«, sagte Hartwig.")).containsExactly(direct(HARTWIG, "Wir sind im Plan"));
        assertThat(find("«Wir sind im Plan», sagte Hartwig.")).containsExactly(direct(HARTWIG, "Wir sind im Plan"));
    }

    @Test
    void should_attribute_a_quotation_whose_comma_stands_inside_the_marks_to_a_so_phrase() {
        // Without StatementFinder.commaInsideQuotation: "„…,“ so X" (the comma set before the closing mark) had no
        // comma before "so", so the so-phrase attributed nothing and the quotation was lost.
        assertThat(find("Die Stadtwerke bauen um. „Wir helfen früher als bisher,“ so Hartwig. Der Umbau dauert."))
                .containsExactly(direct(HARTWIG, "Wir helfen früher als bisher,"));
    }

    @Test
    void should_take_a_pronoun_for_the_body_that_opens_the_sentence_before_when_no_person_was_named() {
        // Without it a pronoun found only persons (or names of no known kind): "Darin fordern sie" after a sentence
        // about the Stadtwerke had no speaker, and the demand and its continuation were lost.
        assertThat(find("Die Stadtwerke Lindenau haben am Montag einen Bericht vorgelegt. Darin fordern sie, dass die "
                + "Stadt die Leitungen erneuert. Zudem stehe eine Reform der Tarife an."))
                .containsExactly(indirect(STADTWERKE, "die Stadt die Leitungen erneuert"),
                        indirect(STADTWERKE, "Zudem stehe eine Reform der Tarife an"));
    }

    @Test
    void should_report_a_sentence_with_a_so_phrase_inserted_between_commas() {
        // Without StatementFinder.reportedAfterInsertedSo: "so Hartwig" followed by a comma was no attribution (the
        // clause does not end after the name), and the reported speech around it was lost with its continuation.
        assertThat(find("Die Stadtwerke erhöhen die Preise. Die Kunden, so Hartwig, müssten sich auf höhere Abschläge "
                + "einstellen. Der Winter sei teuer gewesen."))
                .containsExactly(indirect(HARTWIG, "Die Kunden, so Hartwig, müssten sich auf höhere Abschläge einstellen"),
                        indirect(HARTWIG, "Der Winter sei teuer gewesen"));
    }

    @Test
    void should_take_a_description_after_so_for_the_actor_whose_role_it_is() {
        // Without descriptions in the so-phrase: "so die Ministerin" named no speaker (only names were looked for after
        // "so"), so the statement was lost.
        Actor minister = new Actor("Lena Hartwig", ActorType.PERSON, "Ministerin", null, 1, "", 0);
        Actor mayor = new Actor("Tomasz Wierzbicki", ActorType.PERSON, "Bürgermeister", null, 1, "", 0);
        assertThat(StatementFinder.find("Ministerin Lena Hartwig besuchte mit Bürgermeister Tomasz Wierzbicki die "
                + "Baustelle. Sie lobte die Arbeiter. Die Brücke sei bald fertig, so die Ministerin.",
                List.of(minister, mayor)))
                .contains(indirect(minister, "Die Brücke sei bald fertig"));
    }

    @Test
    void should_take_the_name_after_a_long_title_in_a_so_phrase_rather_than_the_title() {
        // Without StatementFinder.personBeforeClauseEnd the title (its last part "Leiter" shared with another actor's
        // role) was read as a description of that other actor, and the statement went to the wrong speaker.
        Actor head = new Actor("Tomasz Wierzbicki", ActorType.PERSON, "Projektleiter", null, 1, "", 0);
        Actor deputy = new Actor("Ole Brink", ActorType.PERSON, null, null, 1, "", 0);
        assertThat(StatementFinder.find("Projektleiter Tomasz Wierzbicki lobte das Team. Die Brücke sei fast fertig, so "
                + "der stellvertretende Amtsleiter und Bauleiter Ole Brink.", List.of(head, deputy)))
                .containsExactly(indirect(deputy, "Die Brücke sei fast fertig"));
    }

    @Test
    void should_take_a_spokesperson_compound_for_the_person_whose_role_it_is() {
        // Without it a spokesperson compound ("die Partei-Europasprecherin") named no speaker unless its body was an
        // actor, even when a person of the article has exactly that role.
        Actor speaker = new Actor("Lena Hartwig", ActorType.PERSON, "Nordbund-Europasprecherin", null, 1, "", 0);
        Actor mayor = new Actor("Tomasz Wierzbicki", ActorType.PERSON, "Bürgermeister", null, 1, "", 0);
        assertThat(StatementFinder.find("Nordbund-Europasprecherin Lena Hartwig traf Bürgermeister Tomasz Wierzbicki. "
                + "Der Plan sei gescheitert, sagte die Nordbund-Europasprecherin.", List.of(speaker, mayor)))
                .containsExactly(indirect(speaker, "Der Plan sei gescheitert"));
    }

    @Test
    void should_take_a_description_for_the_actor_whose_role_ends_in_the_same_last_part() {
        // Without DescriptionSpeakers.sameLastPart: "die Verkehrsministerin" is carried by no role word ("Landesministerin"
        // neither ends in it nor it in that), and of two persons named none is guessed, so the statement was lost.
        Actor minister = new Actor("Lena Hartwig", ActorType.PERSON, "Landesministerin", null, 1, "", 0);
        Actor mayor = new Actor("Tomasz Wierzbicki", ActorType.PERSON, "Bürgermeister", null, 1, "", 0);
        assertThat(StatementFinder.find("Landesministerin Lena Hartwig besuchte mit Bürgermeister Tomasz Wierzbicki die "
                + "Baustelle. Die Brücke werde im Mai fertig, sagte die Verkehrsministerin.", List.of(minister, mayor)))
                .containsExactly(indirect(minister, "Die Brücke werde im Mai fertig"));
    }

    @Test
    void should_read_the_head_of_a_coordination_of_compounds_in_a_description() {
        // Without the coordination in DescriptionSpeakers.headNoun: "die Bau- und Verkehrsministerin" had the cut-off
        // "Bau-" for its head, which no role carries, so the so-phrase named no speaker.
        Actor minister = new Actor("Lena Hartwig", ActorType.PERSON, "Verkehrsministerin", null, 1, "", 0);
        Actor mayor = new Actor("Tomasz Wierzbicki", ActorType.PERSON, "Bürgermeister", null, 1, "", 0);
        assertThat(StatementFinder.find("Verkehrsministerin Lena Hartwig besuchte mit Bürgermeister Tomasz Wierzbicki "
                + "die Baustelle. Die Brücke werde im Mai fertig, so die Bau- und Verkehrsministerin.",
                List.of(minister, mayor)))
                .containsExactly(indirect(minister, "Die Brücke werde im Mai fertig"));
    }

    @Test
    void should_report_the_unquoted_paragraph_after_a_colon_introduction_as_the_speakers_words() {
        // Without StatementFinder.introducedParagraph: a press release's "Dazu erklärt X:" followed by a paragraph
        // without quotation marks attributed nothing. The paragraph's sentences are the speaker's until one has a verb
        // of saying of its own.
        assertThat(find("Die Stadt hat den Bau der Brücke beschlossen. Dazu erklärt Lena Hartwig:\n\n"
                + "Wir begrüßen den Beschluss. Die Stadt muss jetzt schnell bauen. Die Stadtwerke Lindenau fordern, dass "
                + "die Leitungen mitverlegt werden.\n\nDer Bau beginnt im Mai."))
                .containsExactly(direct(HARTWIG, "Wir begrüßen den Beschluss."),
                        direct(HARTWIG, "Die Stadt muss jetzt schnell bauen."),
                        indirect(STADTWERKE, "die Leitungen mitverlegt werden"));
    }

    @Test
    void should_report_the_dass_clause_after_a_speech_verb() {
        // Without it "X betonte, dass …" would not count, the commonest indirect speech after Konjunktiv I.
        assertThat(find("Hartwig betonte, dass die Brücke pünktlich fertig werde."))
                .containsExactly(indirect(HARTWIG, "die Brücke pünktlich fertig werde"));
    }

    @Test
    void should_report_a_clause_in_konjunktiv_i_after_a_speech_verb_without_dass() {
        // Without the Konjunktiv I from the dictionary "X sagte am Montag, die Brücke sei …" would be missed.
        assertThat(find("Hartwig sagte am Montag, die Brücke sei pünktlich fertig."))
                .containsExactly(indirect(HARTWIG, "die Brücke sei pünktlich fertig"));
    }

    @Test
    void should_report_a_clause_before_a_speech_verb_with_the_speaker_after_it() {
        // Without it "…, sagte X" after reported speech would not count.
        assertThat(find("Die Brücke sei pünktlich fertig, sagte Hartwig in Lindenau."))
                .containsExactly(indirect(HARTWIG, "Die Brücke sei pünktlich fertig"));
    }

    @Test
    void should_attribute_a_clause_to_so_and_a_name() {
        // Without ", so X" the agency style of attribution would be missed.
        assertThat(find("Die Brücke sei pünktlich fertig, so Hartwig."))
                .containsExactly(indirect(HARTWIG, "Die Brücke sei pünktlich fertig"));
    }

    @Test
    void should_attribute_a_sentence_to_laut_and_a_name() {
        // Without "laut X" a sourced fact would have no source; at the start the attribution is not part of the text.
        assertThat(find("Laut Hartwig ist die Brücke im Mai fertig."))
                .containsExactly(indirect(HARTWIG, "ist die Brücke im Mai fertig"));
        assertThat(find("Die Brücke ist laut Ministerin Hartwig im Mai fertig."))
                .containsExactly(indirect(HARTWIG, "Die Brücke ist laut Ministerin Hartwig im Mai fertig"));
    }

    @Test
    void should_attribute_a_sentence_to_nach_angaben_and_zufolge() {
        // Without them the statements of institutions ("nach Angaben der Stadtwerke") would be lost.
        assertThat(find("Nach Angaben der Stadtwerke Lindenau steigen die Preise im Mai."))
                .containsExactly(indirect(STADTWERKE, "steigen die Preise im Mai"));
        assertThat(find("Den Stadtwerken Lindenau zufolge steigen die Preise im Mai.").size()).isZero();
        assertThat(find("Stadtwerke Lindenau zufolge steigen die Preise im Mai."))
                .containsExactly(indirect(STADTWERKE, "steigen die Preise im Mai"));
    }

    @Test
    void should_take_a_source_in_the_inquit_for_the_channel_of_the_quotation_not_for_a_speaker() {
        // Without it "„…“, sagte X der Zeitung Y zufolge" made Y a second speaker of the whole sentence, quotation
        // marks and inquit included, and Y's "statement" took over the turn from X for the sentence after it.
        assertThat(find("„Die Brücke kommt ein Jahr später“, hatte Hartwig den Stadtwerken Lindenau zufolge beim Richtfest "
                + "erklärt. Zuerst müsse der Rat die Mehrkosten prüfen."))
                .containsExactly(direct(HARTWIG, "Die Brücke kommt ein Jahr später"),
                        indirect(HARTWIG, "Zuerst müsse der Rat die Mehrkosten prüfen"));
    }

    @Test
    void should_take_the_organisation_a_report_comes_out_of_for_its_source() {
        // Without it "…, verlautete aus dem Nordwerk" and "hieß es aus dem Nordwerk" named no speaker (a name after a
        // preposition is no subject): the report was lost, and so was the sentence after it in the subjunctive.
        // Without "verlauten" in the lexicon the first sentence is no report at all.
        Actor company = organisation("Nordwerk");
        List<Actor> actors = List.of(HARTWIG, company);
        assertThat(StatementFinder.find("Hartwig eröffnete die Brücke. Der Zeitplan sei nicht zu halten, verlautete am "
                + "Abend aus dem Nordwerk. Die Kosten seien schon gestiegen.", actors))
                .containsExactly(indirect(company, "Der Zeitplan sei nicht zu halten"),
                        indirect(company, "Die Kosten seien schon gestiegen"));
        assertThat(StatementFinder.find("Der Zeitplan sei nicht zu halten, hieß es aus dem Nordwerk.", actors))
                .containsExactly(indirect(company, "Der Zeitplan sei nicht zu halten"));
        // Only an organisation is a body a report comes out of: "aus dem Umfeld von Hartwig" names no source.
        assertThat(StatementFinder.find("Der Zeitplan sei nicht zu halten, hieß es aus dem Umfeld von Hartwig.", actors))
                .isEmpty();
    }

    @Test
    void should_attribute_the_quotation_that_resumes_after_so_x() {
        // Without it the speaker's own words after "so Hartwig," were no statement: only the part before counted.
        assertThat(find("Die Brücke werde teurer, so Hartwig, „aber sie kommt noch in diesem Jahr“."))
                .containsExactly(indirect(HARTWIG, "Die Brücke werde teurer"),
                        direct(HARTWIG, "aber sie kommt noch in diesem Jahr"));
        // A comma after "so X" that opens no quotation adds nothing.
        assertThat(find("Die Brücke werde teurer, so Hartwig, die das Projekt leitet."))
                .containsExactly(indirect(HARTWIG, "Die Brücke werde teurer"));
    }

    @Test
    void should_end_a_source_phrase_that_opens_the_sentence_at_its_finite_verb() {
        // Without it the words between the source's name and the verb ("vom Dienstag") opened the statement.
        assertThat(find("Nach Angaben der Stadtwerke Lindenau vom Dienstag hat der Rat die Mehrkosten gebilligt."))
                .containsExactly(indirect(STADTWERKE, "hat der Rat die Mehrkosten gebilligt"));
        assertThat(find("Laut Hartwig wird die Brücke teurer."))
                .containsExactly(indirect(HARTWIG, "wird die Brücke teurer"));
    }

    @Test
    void should_give_the_turn_after_a_quotation_to_its_speaker_not_to_the_channel_in_its_inquit() {
        // Without it the channel named in the inquit ("der Nachrichtenagentur Nordpress zufolge"), whose own statement
        // was dropped, still took the turn: the reported speech of the next sentence went to the agency, not to Hartwig.
        Actor agency = organisation("Nachrichtenagentur Nordpress");
        assertThat(StatementFinder.find("„Es bleibt noch viel zu tun“, hatte Ratssprecherin Lena Hartwig der "
                + "Nachrichtenagentur Nordpress zufolge nach der Sitzung erklärt. Zunächst müssten die Ämter beider Städte "
                + "viele Fragen klären.", List.of(HARTWIG, agency)))
                .containsExactly(direct(HARTWIG, "Es bleibt noch viel zu tun"),
                        indirect(HARTWIG, "Zunächst müssten die Ämter beider Städte viele Fragen klären"));
    }

    @Test
    void should_not_report_what_follows_a_negated_separable_speech_verb() {
        // Without it "Sie führte die Zahlen nicht weiter aus, fest steht jedoch, dass …" gave the writer's own clause to the speaker who
        // explicitly did not say it.
        assertThat(find("Hartwig sprach von neuen Plänen. Sie führte die Zahlen am Abend nicht weiter aus, fest steht jedoch, "
                + "dass die Stadt mehr Geld braucht."))
                .isEmpty();
        assertThat(find("Hartwig führte aus, die Stadt brauche mehr Geld."))
                .containsExactly(indirect(HARTWIG, "die Stadt brauche mehr Geld"));
    }

    @Test
    void should_take_the_subject_as_speaker_of_nach_eigenen_angaben() {
        // Without it "X hat nach eigenen Angaben …" would have no speaker, since the phrase names none.
        assertThat(find("Die Stadtwerke Lindenau haben nach eigenen Angaben die Preise gesenkt."))
                .containsExactly(indirect(STADTWERKE, "Die Stadtwerke Lindenau haben nach eigenen Angaben die Preise gesenkt"));
    }

    @Test
    void should_give_a_demnach_sentence_to_the_source_before_it() {
        // Without it the second sentence of a sourced report ("demnach …") would lose its source.
        assertThat(find("Nach Angaben der Stadtwerke Lindenau steigen die Preise. Demnach zahlt ein Haushalt 40 Euro mehr."))
                .containsExactly(indirect(STADTWERKE, "steigen die Preise"),
                        indirect(STADTWERKE, "Demnach zahlt ein Haushalt 40 Euro mehr"));
    }

    @Test
    void should_continue_the_speaker_with_konjunktiv_i_and_quotations_but_not_with_the_indicative() {
        // Without continuations the second and third sentence of a speaker's turn would be lost; without the mood
        // test the reporter's own sentence after them would be put into the speaker's mouth.
        String text = "Hartwig sagte, die Brücke sei fertig. Der Verkehr werde im Mai freigegeben. "
                + "„Wir sind stolz darauf.“ Die Stadt feiert am Sonntag.";
        assertThat(find(text)).containsExactly(indirect(HARTWIG, "die Brücke sei fertig"),
                indirect(HARTWIG, "Der Verkehr werde im Mai freigegeben"), direct(HARTWIG, "Wir sind stolz darauf."));
    }

    @Test
    void should_give_a_subjunctive_sentence_opening_with_another_actor_to_that_actor() {
        // Without it Wierzbicki's reported words would continue Hartwig's turn.
        assertThat(find("„Wir bauen“, sagte Hartwig. Wierzbicki sprach von einem Signal, dass solche Projekte möglich seien."))
                .containsExactly(direct(HARTWIG, "Wir bauen"), indirect(WIERZBICKI, "solche Projekte möglich seien"));
    }

    @Test
    void should_not_report_a_relative_clause_on_the_object() {
        // Without it the relative clause after "warnte vor Eingriffen in die Aue," would be reported as a statement.
        assertThat(find("Hartwig warnte vor Eingriffen in die Aue, die Lebensraum seltener Vögel sei.")).isEmpty();
    }

    @Test
    void should_not_take_an_article_for_a_konjunktiv_i() {
        // Without it "eine" (also a form of the verb "einen") would make any sentence a continuation.
        assertThat(find("Hartwig sagte, die Brücke sei fertig. Es folgte eine Feier am Ufer."))
                .containsExactly(indirect(HARTWIG, "die Brücke sei fertig"));
    }

    @Test
    void should_not_continue_the_speaker_with_a_conjecture_in_konjunktiv_ii() {
        // Without it the reporter's "dürfte"/"könnte" would become the speaker's words.
        assertThat(find("Hartwig sagte, die Brücke sei fertig. Das dürfte die Anwohner freuen."))
                .containsExactly(indirect(HARTWIG, "die Brücke sei fertig"));
    }

    @Test
    void should_resolve_a_pronoun_speaker_to_the_person_named_before() {
        // Without it "sagte sie" would leave the statement without a speaker, and it would be dropped.
        assertThat(find("Hartwig kam am Montag nach Lindenau. „Wir sind im Plan“, sagte sie."))
                .containsExactly(direct(HARTWIG, "Wir sind im Plan"));
    }

    @Test
    void should_resolve_a_definite_description_after_the_verb() {
        // Without it "sagte die Ministerin" would lose the statement; "teilte der Konzern mit" goes to an organisation.
        assertThat(find("Hartwig besuchte die Baustelle. „Wir sind im Plan“, sagte die Ministerin."))
                .containsExactly(direct(HARTWIG, "Wir sind im Plan"));
        assertThat(find("Die Stadtwerke Lindenau senken die Preise. Die Senkung gelte ab Mai, teilte der Versorger mit."))
                .containsExactly(indirect(STADTWERKE, "Die Senkung gelte ab Mai"));
    }

    @Test
    void should_resolve_a_description_with_an_adjective_but_not_a_plural_one() {
        // Without the first "sagte die erfahrene Ministerin" is lost; without the second "erklärten die Experten"
        // would be the last person's words.
        assertThat(find("Hartwig besuchte die Baustelle. „Wir sind im Plan“, sagte die erfahrene Ministerin."))
                .containsExactly(direct(HARTWIG, "Wir sind im Plan"));
        assertThat(find("Hartwig besuchte die Baustelle. Die Kosten seien zu hoch, erklärten die Experten.")).isEmpty();
    }

    @Test
    void should_not_take_an_adverbial_before_the_inquit_for_a_statement() {
        // Without it "Zur Frage, ob …, sagte X: „…“" would report the question as X's statement.
        assertThat(find("Zur Frage, ob die Brücke halte, sagte Hartwig: „Das kann ich nicht sagen.“"))
                .containsExactly(direct(HARTWIG, "Das kann ich nicht sagen."));
        assertThat(find("Am Bauamt liege die Verzögerung keineswegs, versicherte Hartwig."))
                .containsExactly(indirect(HARTWIG, "Am Bauamt liege die Verzögerung keineswegs"));
    }

    @Test
    void should_resolve_a_description_to_the_actor_whose_role_it_is() {
        // Without it "erklärte der Verkehrsminister" would go to whoever was named last.
        Actor minister = new Actor("Tomasz Wierzbicki", ActorType.PERSON, "Verkehrsminister", null, 1, "", 0);
        List<Actor> actors = List.of(HARTWIG, minister);
        String text = "Wierzbicki reiste an. Hartwig begrüßte ihn. „Wir zahlen die Hälfte“, erklärte der Verkehrsminister.";
        assertThat(StatementFinder.find(text, actors)).containsExactly(direct(minister, "Wir zahlen die Hälfte"));
    }

    @Test
    void should_resolve_a_compound_description_to_the_actor_whose_role_is_its_head() {
        // Without it "erklärte der US-Präsident" would go to the last person named (here the guest, not the president).
        Actor president = new Actor("Tomasz Wierzbicki", ActorType.PERSON, "Präsident", null, 1, "", 0);
        String text = "Wierzbicki empfing Hartwig im Palast. „Wir zahlen die Hälfte“, erklärte der US-Präsident.";
        assertThat(StatementFinder.find(text, List.of(HARTWIG, president)))
                .containsExactly(direct(president, "Wir zahlen die Hälfte"));
    }

    @Test
    void should_leave_out_a_description_no_actor_carries_when_two_people_were_named() {
        // Without it "sagte der Gast" after two names would be given to the last one named, a guess that is wrong as
        // often as right; with one person named so far the description can only be that person.
        assertThat(find("Hartwig empfing Wierzbicki in Lindenau. „Wir zahlen die Hälfte“, sagte der Gast.")).isEmpty();
        assertThat(find("Wierzbicki kam nach Lindenau. „Wir zahlen die Hälfte“, sagte der Gast."))
                .containsExactly(direct(WIERZBICKI, "Wir zahlen die Hälfte"));
    }

    @Test
    void should_attribute_a_nested_statement_to_each_speaker() {
        // Without it the inner speaker ("Wierzbicki habe versichert, dass …") would get nothing.
        assertThat(find("Hartwig sagte, Wierzbicki habe ihr versichert, dass Polen die Hälfte zahle."))
                .containsExactly(indirect(HARTWIG, "Wierzbicki habe ihr versichert, dass Polen die Hälfte zahle"),
                        indirect(WIERZBICKI, "Polen die Hälfte zahle"));
    }

    @Test
    void should_leave_out_statements_of_unnamed_speakers_and_what_follows_them() {
        // Without it "Experten sagen" would be pinned on the last named speaker, and so would the next sentence.
        String text = "Hartwig sagte, die Brücke sei fertig. Experten sagen, sie sei zu teuer. Es werde Jahre dauern.";
        assertThat(find(text)).containsExactly(indirect(HARTWIG, "die Brücke sei fertig"));
    }

    @Test
    void should_take_the_person_after_the_verb_over_the_outlet_before_it() {
        // Without it "Dem Tagesblatt sagte Hartwig, …" would be the newspaper's statement.
        List<Actor> actors = List.of(organisation("Tagesblatt"), HARTWIG);
        assertThat(StatementFinder.find("Dem Tagesblatt sagte Hartwig, die Brücke sei fertig.", actors))
                .containsExactly(indirect(HARTWIG, "die Brücke sei fertig"));
    }

    @Test
    void should_not_attribute_a_name_after_a_preposition() {
        // Without it "Nach dem Treffen mit Wierzbicki sagte Hartwig" would be Wierzbicki's.
        assertThat(find("Nach dem Treffen mit Wierzbicki sagte Hartwig, die Brücke sei fertig."))
                .containsExactly(indirect(HARTWIG, "die Brücke sei fertig"));
    }

    @Test
    void should_report_the_zu_infinitive_of_a_demand() {
        // Without it "X forderte, … zu planen" would be missed, having neither dass nor a subjunctive.
        assertThat(find("Hartwig forderte, die Arbeiten außerhalb der Brutzeit zu planen."))
                .containsExactly(indirect(HARTWIG, "die Arbeiten außerhalb der Brutzeit zu planen"));
        assertThat(find("Hartwig sagte zu, die Bedenken in das Verfahren aufzunehmen."))
                .containsExactly(indirect(HARTWIG, "die Bedenken in das Verfahren aufzunehmen"));
    }

    @Test
    void should_report_an_indicative_clause_when_only_the_speaker_stands_between_verb_and_comma() {
        // Without it "In ihrem Blog schrieb Hartwig, …" in the indicative would be missed.
        assertThat(find("In ihrem Blog schrieb Hartwig, die Arbeiten gehen gut voran."))
                .containsExactly(indirect(HARTWIG, "die Arbeiten gehen gut voran"));
    }

    @Test
    void should_not_report_a_passive_or_a_clause_of_another_verb() {
        // Without it "X wurde vorgeschlagen und musste sich fragen, ob …" would be X's statement.
        assertThat(find("Hartwig wurde von der Partei vorgeschlagen und musste sich fragen, ob sie antritt.")).isEmpty();
    }

    @Test
    void should_end_a_statement_after_a_colon_at_a_second_attribution() {
        // Without it "X kündigte an: A, sagte X" would swallow the inquit into the statement.
        assertThat(find("Hartwig kündigte Schritte an: Polen werde zahlen, sagte Hartwig auf einer Pressekonferenz."))
                .containsExactly(indirect(HARTWIG, "Polen werde zahlen"));
    }

    @Test
    void should_give_a_quotation_after_a_sentence_about_one_person_to_that_person() {
        // Without it "Kapitänin X war enttäuscht. „…“" would lose the quotation, which has no inquit.
        assertThat(find("Kapitänin Lena Hartwig war enttäuscht. „Wir haben heute schlecht gespielt.“"))
                .containsExactly(direct(HARTWIG, "Wir haben heute schlecht gespielt."));
        assertThat(find("Kapitänin Lena Hartwig war enttäuscht. „Chaos: Tor, Elfmeter, Abpfiff.“")).isEmpty();
    }

    @Test
    void should_find_an_organisation_by_the_hyphenated_compound_and_the_federal_tail() {
        // Without them "IG-Metall-Bezirk" would not name "IG Metall", and "Netzagentur" not "Bundesnetzagentur".
        List<Actor> actors = List.of(organisation("IG Metall"), organisation("Bundesnetzagentur"));
        assertThat(StatementFinder.find("Die Streiks würden ausgeweitet, teilte der IG-Metall-Bezirk Nord mit.", actors))
                .containsExactly(indirect(actors.get(0), "Die Streiks würden ausgeweitet"));
        assertThat(StatementFinder.find("Laut Netzagentur gab es 189 Gebote.", actors))
                .containsExactly(indirect(actors.get(1), "gab es 189 Gebote"));
    }

    @Test
    void should_skip_headings() {
        // Without it a heading "Hartwig: Brücke fertig" would be read as a sentence.
        assertThat(find("Hartwig sagt Brücke zu\nDie Brücke sei fertig, sagte Hartwig."))
                .containsExactly(indirect(HARTWIG, "Die Brücke sei fertig"));
    }

    @Test
    void should_keep_the_person_opening_the_sentence_as_speaker_when_a_body_is_told() {
        // Without it the broadcaster after the verb ("sagte Radio Lindenau", a dative: the one told) would be taken
        // for the speaker, as the person before the verb is not right next to it.
        List<Actor> actors = List.of(HARTWIG, organisation("Radio Lindenau"));
        assertThat(StatementFinder.find("Lena Hartwig von der Wasserwacht sagte Radio Lindenau am Montag, die Brücke "
                + "sei fertig. Allerdings sei der Weg noch gesperrt.", actors))
                .containsExactly(indirect(HARTWIG, "die Brücke sei fertig"),
                        indirect(HARTWIG, "Allerdings sei der Weg noch gesperrt"));
    }

    @Test
    void should_end_the_phrase_after_laut_before_an_article_that_is_no_genitive() {
        // Without it "laut dem neuen Gesetz die Stadtwerke …" would take the object after the law for the source.
        List<Actor> actors = List.of(HARTWIG, organisation("NRL"));
        assertThat(StatementFinder.find("Die Folge ist, dass Hartwig laut dem neuen Gesetz die NRL um Aufschub bitten "
                + "muss. Die Leitung ist laut Betreiber, dem Versorger NRL, bald fertig.", actors))
                .containsExactly(indirect(actors.get(1), "Die Leitung ist laut Betreiber, dem Versorger NRL, bald fertig"));
    }

    @Test
    void should_not_continue_reported_speech_when_the_main_clause_is_indicative() {
        // Without it a Konjunktiv in a relative clause ("…, das gut passen würde") would make the reporter's sentence
        // with an indicative main verb ("blättert") a continuation of the speaker before.
        assertThat(find("„Die Steine passen gut“, sagt Hartwig. Ihr Mann blättert in einem Album, das gut in die "
                + "Sammlung passen würde. Ihr Verein hatte zuvor bemängelt, die Stadt habe die Steine verkauft."))
                .containsExactly(direct(HARTWIG, "Die Steine passen gut"));
        // An indicative main clause that introduces a Konjunktiv I main clause still continues the speaker.
        assertThat(find("„Die Steine passen gut“, sagt Hartwig. Sie hatte zuvor bemängelt, die Stadt habe die Steine "
                + "verkauft.")).hasSize(2);
    }

    @Test
    void should_not_take_a_name_in_a_subordinate_clause_for_the_speaker() {
        // Without it the name in the wonach-clause before the verb would be taken for the unnamed adviser's speaker.
        assertThat(find("Nach Berichten, wonach Hartwig erkrankt sein soll, hatte ein Berater der Stadt am Sonntag "
                + "gesagt, Hartwig sei wohlauf.")).isEmpty();
    }

    @Test
    void should_not_give_a_bare_description_to_a_person_of_an_earlier_paragraph() {
        // Without it "sagt der Sprecher" in a paragraph about an unnamed firm would go to the one person named
        // paragraphs before, who is not whom the spokesman speaks for.
        assertThat(find("Hartwig rief zur Vorsicht auf.\n\nDie Firma Nordwerk lässt Masken nähen. „Das Tragen muss "
                + "man lernen“, sagt der Sprecher."))
                .isEmpty();
        // In the same paragraph the one person named is still the one the description takes up.
        assertThat(find("Hartwig leitet die Pressestelle. „Das Tragen muss man lernen“, sagt die Sprecherin."))
                .containsExactly(direct(HARTWIG, "Das Tragen muss man lernen"));
    }

    @Test
    void should_skip_a_heading_that_ends_in_a_quotation() {
        // Without it a sub-heading that quotes („…“ with no full stop) would be read as prose: its quotation would
        // go to the speaker of the paragraph before, and "Stadtwerke: „…“" would count as a colon inquit.
        assertThat(find("„Die Leitung hält“, sagte Hartwig. Sie lachte.\n„Wir bauen weiter“\n"
                + "Stadtwerke Lindenau: „Kein Ende in Sicht“\n„Wir bauen weiter“, sagte Wierzbicki."))
                .containsExactly(direct(HARTWIG, "Die Leitung hält"), direct(WIERZBICKI, "Wir bauen weiter"));
        // Without the bracket rule a book's credit line after the text would read as a colon inquit.
        assertThat(find("Lena Hartwig: „Die Brücke – eine Geschichte vom Fluss“ (Nordverlag)\n")).isEmpty();
    }

    @Test
    void should_take_a_newspaper_title_in_quotation_marks_for_a_speaker() {
        // Without it the title in marks ("berichtet das „Lindenauer Tagblatt“") would be read as a quotation, and
        // the name inside it could not be the speaker.
        List<Actor> actors = List.of(organisation("Lindenauer Tagblatt"), HARTWIG);
        assertThat(StatementFinder.find("Die Brücke wird teurer, berichtet das „Lindenauer Tagblatt“ am Freitag.", actors))
                .containsExactly(indirect(actors.get(0), "Die Brücke wird teurer"));
    }

    @Test
    void should_give_a_spokespersons_words_to_the_organisation_named_in_the_description() {
        // Without it "sagte ein Sprecher der Stadtwerke" and "sagte ein Gerichtssprecher" would have no speaker:
        // the spokesperson is no actor, the organisation is ("Gericht" is the head of "Amtsgericht Lindenau").
        Actor court = organisation("Amtsgericht Lindenau");
        List<Actor> actors = List.of(HARTWIG, STADTWERKE, court);
        assertThat(StatementFinder.find("Die Preise würden im Mai steigen, sagte ein Sprecher der Stadtwerke Lindenau.", actors))
                .containsExactly(indirect(STADTWERKE, "Die Preise würden im Mai steigen"));
        assertThat(StatementFinder.find("Hartwig klagte gegen die Stadt. Die Klage sei zulässig, sagte ein Gerichtssprecher.",
                actors)).containsExactly(indirect(court, "Die Klage sei zulässig"));
    }

    @Test
    void should_not_look_for_the_source_of_laut_beyond_the_verb() {
        // Without the limit the subject after the verb ("Laut dem Wetterdienst erreichte Hartwig …") would become
        // the source of a sentence whose source, the weather service, is no actor.
        assertThat(find("Laut dem Wetterdienst erreichte Hartwig den Gipfel bei Sturm.")).isEmpty();
    }

    @Test
    void should_give_a_demnach_sentence_to_the_speaker_or_the_subject_before_it() {
        // Without it "demnach" would only follow "laut X": after "X teilte mit, dass …" or a sentence about what an
        // institution holds, its sentence would be lost.
        Actor court = organisation("Amtsgericht Lindenau");
        List<Actor> actors = List.of(HARTWIG, court);
        assertThat(StatementFinder.find("Hartwig teilte mit, dass die Brücke teurer wird. Demnach fehlen zwei Millionen Euro.",
                actors)).containsExactly(indirect(HARTWIG, "die Brücke teurer wird"),
                indirect(HARTWIG, "Demnach fehlen zwei Millionen Euro"));
        assertThat(StatementFinder.find("Das Amtsgericht Lindenau sieht die Klausel als unwirksam an. "
                + "Die Kunden könnten demnach Geld zurückfordern.", actors))
                .containsExactly(indirect(court, "Die Kunden könnten demnach Geld zurückfordern"));
    }

    @Test
    void should_attribute_a_quotation_after_a_colon_without_a_speech_verb() {
        // Without it "X zog Bilanz: „…“" and "X beruhigte mit den Worten: „…“" would lose their quotations: the
        // colon introduces the words, the verb before it is none of saying.
        assertThat(find("Am Abend zog Hartwig Bilanz: „Wir haben viel erreicht.“"))
                .containsExactly(direct(HARTWIG, "Wir haben viel erreicht."));
        assertThat(find("Doch beruhigte die Chefin der Stadtwerke, Lena Hartwig, die Kunden mit den Worten: „Niemand friert.“"))
                .containsExactly(direct(HARTWIG, "Niemand friert."));
    }

    @Test
    void should_give_a_konjunktiv_i_sentence_to_the_subject_of_the_sentence_before() {
        // Without it a Konjunktiv I sentence after a sentence about someone ("X sieht darin kein Zeichen …") would
        // be lost, since no speech verb precedes it; without the main-clause test a survey's Konjunktiv II or a
        // subjunctive in a subordinate clause would become a statement.
        assertThat(find("Hartwig sieht darin kein Zeichen der Ablehnung. Es gebe keine schlechte Stimmung im Ort."))
                .containsExactly(indirect(HARTWIG, "Es gebe keine schlechte Stimmung im Ort"));
        assertThat(find("Hartwig liegt in der Umfrage vorn. Zwei von zehn Befragten würden niemanden wählen.")).isEmpty();
        assertThat(find("Hartwig musste sich Kritik anhören. Erst spät, als alles entschieden gewesen sei, kam sie.")).isEmpty();
    }

    @Test
    void should_give_a_konjunktiv_i_sentence_after_laut_to_its_source() {
        // Without it the sentence after "Laut X …" in Konjunktiv I would lose its source, X.
        assertThat(find("Laut Hartwig stiegen die Kosten um zehn Prozent. Davon seien zwei Drittel Löhne."))
                .containsExactly(indirect(HARTWIG, "stiegen die Kosten um zehn Prozent"),
                        indirect(HARTWIG, "Davon seien zwei Drittel Löhne"));
    }

    @Test
    void should_attribute_the_sentence_before_to_das_teilte_x_mit() {
        // Without it "Das teilte X mit." would name a speaker for no statement: its "das" is the sentence before.
        assertThat(find("Die Preise steigen im Mai um acht Prozent. Das teilten die Stadtwerke Lindenau am Montag mit."))
                .containsExactly(indirect(STADTWERKE, "Die Preise steigen im Mai um acht Prozent"));
    }

    @Test
    void should_attribute_the_clause_before_a_wie_inquit() {
        // Without it ", wie X mitteilte." (the inquit as a clause with its verb last) would leave its statement out.
        assertThat(find("Die Brücke werde im Mai fertig, wie Hartwig am Montag in ihrem Blog mitteilte."))
                .containsExactly(indirect(HARTWIG, "Die Brücke werde im Mai fertig"));
    }

    @Test
    void should_report_reported_speech_that_goes_on_after_an_interrupting_inquit() {
        // Without it the second half of "A sei B, räumte sie ein, sie lerne …" would be lost.
        assertThat(find("Sie sei keine Freundin der Oper, räumte Hartwig ein, sie lerne sie aber zu schätzen."))
                .containsExactly(indirect(HARTWIG, "Sie sei keine Freundin der Oper"),
                        indirect(HARTWIG, "sie lerne sie aber zu schätzen"));
    }

    @Test
    void should_give_the_statement_of_two_coordinated_speakers_to_each() {
        // Without it "A und B erklärten, …" would be A's statement only.
        assertThat(find("Die Vorsitzende, Lena Hartwig, und ihr Stellvertreter Tomasz Wierzbicki erklärten, "
                + "die Pläne reichten nicht aus."))
                .containsExactlyInAnyOrder(indirect(HARTWIG, "die Pläne reichten nicht aus"),
                        indirect(WIERZBICKI, "die Pläne reichten nicht aus"));
    }

    @Test
    void should_resolve_a_pronoun_to_the_last_person_who_is_no_object() {
        // Without it "er" would go to the last person named, although that one was named after "mit dem …": the
        // sentence is about its subject.
        assertThat(find("Hartwig eröffnete die Brücke mit dem Gast Tomasz Wierzbicki. "
                + "Sie sagte, dass die Brücke zwei Länder verbinde."))
                .containsExactly(indirect(HARTWIG, "die Brücke zwei Länder verbinde"));
    }

    @Test
    void should_know_an_organisation_by_the_short_form_it_is_introduced_with() {
        // Without it "die Stilko" after "Ständige Lindenauer Kommission (Stilko)" would name no actor.
        Actor commission = organisation("Ständige Lindenauer Kommission");
        assertThat(StatementFinder.find("Die Ständige Lindenauer Kommission (Stilko) tagte. "
                + "Der Impfstoff sei sicher, empfahl die Stilko am Montag.", List.of(commission)))
                .containsExactly(indirect(commission, "Der Impfstoff sei sicher"));
    }

    @Test
    void should_take_the_inquit_after_a_clause_that_ends_in_a_speech_verb() {
        // Without it "Das Gericht habe den Antrag zurückgewiesen, sagte …" would be read as "X zurückgewiesen, <what
        // X said>", and the inquit that follows would find its statement already taken.
        Actor court = organisation("Amtsgericht Lindenau");
        assertThat(StatementFinder.find("Hartwig klagte. Das Gericht habe den Antrag zurückgewiesen, sagte ein Gerichtssprecher.",
                List.of(HARTWIG, court))).containsExactly(indirect(court, "Das Gericht habe den Antrag zurückgewiesen"));
    }

    @Test
    void should_not_take_the_source_of_a_sentence_for_the_subject_of_its_verb() {
        // Without it "Die Stadtwerke hatten nach Angaben von Hartwig bestätigt, dass …" would be Hartwig's dass-clause,
        // although she only reports what the Stadtwerke confirmed.
        assertThat(find("Die Stadtwerke Lindenau hatten nach Angaben von Hartwig bestätigt, dass die Preise steigen."))
                .contains(indirect(STADTWERKE, "die Preise steigen"));
    }

    @Test
    void should_continue_the_speaker_over_a_sentence_that_names_nobody() {
        // Without it the Konjunktiv I sentence after "Kunden sollten nicht anrufen." (reported too, in a mood that does
        // not show it) would be lost; without cutting the agency credit "…/abc/de" the last sentence would be taken
        // for a heading.
        String text = "Die Stadtwerke Lindenau haben den Kunden davon abgeraten, zu den Schaltern zu kommen. "
                + "Kunden sollten nicht anrufen. Die Wartezeit könne sonst mehr als eine Stunde betragen./abc/de";
        assertThat(find(text)).containsExactly(indirect(STADTWERKE, "zu den Schaltern zu kommen"),
                indirect(STADTWERKE, "Die Wartezeit könne sonst mehr als eine Stunde betragen"));
        assertThat(find(text.replace("Kunden sollten nicht anrufen.", "Am Abend kam auch noch Hartwig vorbei.")))
                .containsExactly(indirect(STADTWERKE, "zu den Schaltern zu kommen"));
    }

    @Test
    void should_give_the_answer_after_a_reporters_question_to_the_speaker_before_it() {
        // Without it the reporter's question "Und die Kosten?" would end Hartwig's turn, and her quoted answer after it,
        // which names nobody, would be lost. A question that names someone else ends her turn (the answer is his).
        String text = "„Die Brücke wird fertig“, sagte Hartwig. Und die Kosten? „Die tragen Bund und Land.“";
        assertThat(find(text)).containsExactly(direct(HARTWIG, "Die Brücke wird fertig"),
                direct(HARTWIG, "Die tragen Bund und Land."));
        assertThat(find(text.replace("Und die Kosten?", "Und was meint Wierzbicki?")))
                .containsExactly(direct(HARTWIG, "Die Brücke wird fertig"), direct(WIERZBICKI, "Die tragen Bund und Land."));
    }

    @Test
    void should_report_two_subjunctive_clauses_joined_by_a_dash_as_two_statements() {
        // Without it "… sei kein Zufall - im Rat seien Fragen offen" would be one statement, and the second claim,
        // a sentence of its own but for the dash, could not be told apart. A dash before words with no subjunctive
        // ("- ein Fehler") and a dash inside a quotation split nothing.
        assertThat(find("Hartwig sagte, die Verzögerung sei kein Zufall - im Rat seien noch Fragen offen."))
                .containsExactly(indirect(HARTWIG, "die Verzögerung sei kein Zufall"),
                        indirect(HARTWIG, "im Rat seien noch Fragen offen"));
        assertThat(find("Hartwig sagte, die Verzögerung sei ein Versäumnis - ein teures."))
                .containsExactly(indirect(HARTWIG, "die Verzögerung sei ein Versäumnis - ein teures"));
        assertThat(find("Hartwig sagte, die Verzögerung sei „kein Zufall - im Rat seien Fragen offen“."))
                .hasSize(1);
    }

    @Test
    void should_report_the_clause_after_a_speech_verb_whose_object_has_two_nouns() {
        // Without it the "und" between two objects ("mahnte Bund und Länder, …") would be taken for a second verb's
        // clause, and the reported speech after the comma would be lost.
        assertThat(find("Hartwig mahnte Bund und Länder, jetzt sei keine Zeit für Streit."))
                .containsExactly(indirect(HARTWIG, "jetzt sei keine Zeit für Streit"));
    }

    @Test
    void should_take_a_description_opening_the_sentence_before_the_verb_as_its_speaker() {
        // Without it "Der Minister sagte, …" and "Das Gericht teilte mit, dass …" would have no speaker: descriptions
        // were looked for only after the verb ("sagte der Minister").
        Actor minister = new Actor("Tomasz Wierzbicki", ActorType.PERSON, "Verkehrsminister", null, 1, "", 0);
        Actor court = organisation("Amtsgericht Lindenau");
        List<Actor> actors = List.of(HARTWIG, minister, court);
        assertThat(StatementFinder.find("Wierzbicki reiste an. Hartwig begrüßte ihn. Der Minister sagte, Polen zahle die Hälfte.",
                actors)).containsExactly(indirect(minister, "Polen zahle die Hälfte"));
        assertThat(StatementFinder.find("Hartwig klagte vor dem Amtsgericht Lindenau. Das Gericht teilte mit, dass die Klage "
                + "zulässig ist.", actors)).containsExactly(indirect(court, "die Klage zulässig ist"));
    }

    @Test
    void should_know_an_organisation_by_its_name_without_the_word_for_its_kind() {
        // Without it "laut Lipa" would name no actor when the actor is "Nachrichtenagentur Lipa": the first word only
        // says what kind of body it is. A name that is only the kind ("Konzern Lindenau") keeps its words.
        Actor agency = organisation("Nachrichtenagentur Lipa");
        assertThat(StatementFinder.find("Der Strom fiel aus. Laut Lipa waren 3000 Haushalte betroffen.", List.of(agency)))
                .containsExactly(indirect(agency, "waren 3000 Haushalte betroffen"));
        assertThat(StatementFinder.find("Laut Lindenau waren 3000 Haushalte betroffen.", List.of(organisation("Konzern Lindenau"))))
                .isEmpty();
    }

    @Test
    void should_read_a_konjunktiv_i_that_is_also_an_adjective_after_its_pronoun() {
        // Without it "sie nähere sich …" would not count as reported speech: the lexicon also reads "nähere" as an
        // adjective ("nähere Angaben"), which cannot stand right after the subject pronoun.
        assertThat(find("Sie sei keine Freundin der Oper, räumte Hartwig ein, sie nähere sich ihr aber an."))
                .containsExactly(indirect(HARTWIG, "Sie sei keine Freundin der Oper"),
                        indirect(HARTWIG, "sie nähere sich ihr aber an"));
    }

    @Test
    void should_not_resolve_a_pronoun_to_a_name_inside_a_compound() {
        // Without it "sie" would mean Wierzbicki, the last person named, although "Wierzbicki-Festspiele" names a
        // festival after him, not him as someone who acts or speaks.
        assertThat(find("Intendantin Lena Hartwig eröffnete die Wierzbicki-Festspiele. "
                + "„Ich bin sehr glücklich“, sagte sie."))
                .containsExactly(direct(HARTWIG, "Ich bin sehr glücklich"));
    }

    @Test
    void should_continue_a_quoted_speaker_over_a_sentence_that_names_nobody() {
        // Without it the second quotation would be lost: the sentence before it is the reporter's and names nobody,
        // so the turn of the speaker before that goes on.
        assertThat(find("„Wir sind stolz auf das Team“, sagte Hartwig. Zuvor war die Brücke feierlich eröffnet worden. "
                + "„Es war ein langer Weg bis hierher.“"))
                .containsExactly(direct(HARTWIG, "Wir sind stolz auf das Team"),
                        direct(HARTWIG, "Es war ein langer Weg bis hierher."));
    }

    private static final Actor PRUEFRAT = organisation("Prüfrat für Brückenbau");

    @Test
    void should_give_a_group_opening_the_sentence_to_the_body_named_before() {
        // Without it "Die Lindenauer Gutachter kritisieren, dass …" would be lost: a definite description of a group,
        // subject of a plural verb, speaks for the organisation the article has named.
        String text = "Der Prüfrat für Brückenbau legte am Montag seinen Bericht vor. "
                + "Die Lindenauer Gutachter kritisieren, dass die Pfeiler zu schwach seien.";
        assertThat(StatementFinder.find(text, List.of(PRUEFRAT, HARTWIG)))
                .containsExactly(indirect(PRUEFRAT, "die Pfeiler zu schwach seien"));
    }

    @Test
    void should_give_a_group_after_a_plural_speech_verb_to_the_body_named_before() {
        // Without it "…, erklärten die Gutachter." would be lost (a plural verb's description named no one before).
        String text = "Der Prüfrat für Brückenbau legte am Montag seinen Bericht vor. "
                + "Die Pfeiler seien zu schwach, erklärten die Gutachter.";
        assertThat(StatementFinder.find(text, List.of(PRUEFRAT, HARTWIG)))
                .containsExactly(indirect(PRUEFRAT, "Die Pfeiler seien zu schwach"));
    }

    @Test
    void should_find_a_body_named_by_the_head_of_its_name() {
        // Without it "des Prüfrats" would not name the "Prüfrat für Brückenbau", and the group in the third sentence
        // would speak for the Stadtwerke, the last organisation named in full.
        String text = "Der Prüfrat für Brückenbau hat die Pläne der Stadtwerke Lindenau geprüft. "
                + "Der Vorsitzende des Prüfrats stellte den Bericht am Montag vor. "
                + "Die Gutachter kritisieren, dass die Pfeiler zu schwach seien.";
        assertThat(StatementFinder.find(text, List.of(PRUEFRAT, STADTWERKE)))
                .containsExactly(indirect(PRUEFRAT, "die Pfeiler zu schwach seien"));
    }

    @Test
    void should_give_a_source_named_by_an_institution_noun_to_the_organisation_named_before() {
        // Without it "nach Angaben des Gremiums" would name no source: the description means the body named before
        // (and without "Gremium" among the institution heads it would be no institution's description).
        String text = "Hartwig legte den Plan dem Prüfrat für Brückenbau vor. "
                + "Die Kosten sind nach Angaben des Gremiums noch nicht abzuschätzen.";
        assertThat(StatementFinder.find(text, List.of(PRUEFRAT, HARTWIG)))
                .containsExactly(indirect(PRUEFRAT, "Die Kosten sind nach Angaben des Gremiums noch nicht abzuschätzen"));
    }

    @Test
    void should_give_a_quoted_fragment_to_the_actor_the_sentence_is_about() {
        // Without it the words in marks would be lost: no verb of saying, but quoted words in a sentence whose subject
        // is an actor (or a pronoun for one) are that actor's.
        assertThat(find("Ministerin Lena Hartwig nannte den Entwurf „nicht zustimmungsfähig“."))
                .containsExactly(direct(HARTWIG, "nicht zustimmungsfähig"));
        assertThat(find("„Wir sind stolz“, sagte Hartwig. Sie dankte dem „unermüdlichen Team“ auf der Baustelle."))
                .containsExactly(direct(HARTWIG, "Wir sind stolz"), direct(HARTWIG, "unermüdlichen Team"));
    }

    @Test
    void should_not_take_a_quoted_title_for_a_fragment_of_speech() {
        // Without the small-letter condition the title of a book would become Hartwig's words.
        assertThat(find("Hartwig las am Abend aus dem Roman „Die Brücke am Fluss“.")).isEmpty();
    }

    @Test
    void should_find_a_name_with_a_small_particle_at_the_start_of_a_sentence() {
        // Without it "Von der Aue" would not be the actor "von der Aue" (typed of no known kind, so not found by a
        // surname either), and the statement would have no speaker.
        Actor aue = new Actor("von der Aue", ActorType.OTHER, null, null, 1, "", 0);
        assertThat(StatementFinder.find("Von der Aue sagte, die Brücke sei fertig.", List.of(aue)))
                .containsExactly(indirect(aue, "die Brücke sei fertig"));
    }

    @Test
    void should_resolve_a_pronoun_to_the_last_speaker_of_no_known_kind() {
        // Without it "sie" would mean Wierzbicki, the last person named, although the speaker just before is von der
        // Aue, whom the engine could not type.
        Actor aue = new Actor("von der Aue", ActorType.OTHER, null, null, 1, "", 0);
        String text = "Tomasz Wierzbicki eröffnete die Sitzung. Von der Aue verwies auf die Kosten. "
                + "Die Brücke sei zu teuer, betonte sie.";
        assertThat(StatementFinder.find(text, List.of(aue, WIERZBICKI)))
                .containsExactly(indirect(aue, "Die Brücke sei zu teuer"));
    }

    @Test
    void should_give_the_words_to_the_person_a_role_compound_introduces_not_to_the_body_in_it() {
        // Without it "Kolberon-Chefin Lena Hartwig" would make Kolberon, the first name after the verb, the speaker:
        // the body in a role compound only qualifies the person named right after it.
        Actor kolberon = organisation("Kolberon");
        assertThat(StatementFinder.find("„Die Preise bleiben stabil“, sagte Kolberon-Chefin Lena Hartwig am Montag. "
                + "Die Lieferungen kämen pünktlich, sagt der Kolberon-Vorstand Tomasz Wierzbicki.",
                List.of(kolberon, HARTWIG, WIERZBICKI)))
                .containsExactly(direct(HARTWIG, "Die Preise bleiben stabil"),
                        indirect(WIERZBICKI, "Die Lieferungen kämen pünktlich"));
        // The body itself still speaks when no person follows its compound.
        assertThat(StatementFinder.find("Die Preise blieben stabil, teilte die Kolberon-Zentrale mit.", List.of(kolberon)))
                .containsExactly(indirect(kolberon, "Die Preise blieben stabil"));
    }

    @Test
    void should_take_any_verb_with_its_speaker_after_reported_speech_as_its_inquit() {
        // Without it "…, glaubt Hartwig." would be lost: "glauben" is no speech verb, but after a clause in the
        // subjunctive of reported speech a verb followed by nothing but its subject is the inquit; the continuation
        // in the Konjunktiv I then stays hers.
        assertThat(find("Nur mit einer zweiten Spur könnten die Pendler pünktlich ankommen, glaubt Hartwig. "
                + "Der Ausbau lohne sich schon nach zwei Jahren."))
                .containsExactly(indirect(HARTWIG, "Nur mit einer zweiten Spur könnten die Pendler pünktlich ankommen"),
                        indirect(HARTWIG, "Der Ausbau lohne sich schon nach zwei Jahren"));
        // In the indicative the clause is the reporter's, and so is a verb with more than its subject after it.
        assertThat(find("Die Pendler kommen pünktlich an, glaubt Hartwig.")).isEmpty();
    }

    @Test
    void should_not_continue_reported_speech_with_a_question_or_a_conditional_of_the_reporter() {
        // Without it the reporter's question and the irrealis after a statement, both in the Konjunktiv II of an
        // auxiliary, would count as the speaker's words: reported speech is declarative and never opens with its verb.
        assertThat(find("„Die Brücke wird fertig“, sagte Hartwig. Was würde die Stadt ohne die Brücke tun?"))
                .containsExactly(direct(HARTWIG, "Die Brücke wird fertig"));
        assertThat(find("Die Brücke sei fertig, sagte Hartwig. Hätte der Rat früher zugestimmt, wäre sie es längst. "
                + "Sie hätte weniger gekostet."))
                .containsExactly(indirect(HARTWIG, "Die Brücke sei fertig"));
    }

    @Test
    void should_report_a_konjunktiv_i_clause_after_a_colon_about_an_actor() {
        // Without it "X-s Fazit: <Konjunktiv I>" would be lost (no speech verb, no quotation after the colon).
        assertThat(find("Hartwigs Fazit nach der Sitzung: Die Brücke werde deutlich teurer."))
                .containsExactly(indirect(HARTWIG, "Die Brücke werde deutlich teurer"));
        // An inquit later in the sentence names the speaker instead of the phrase before the colon.
        assertThat(find("Wierzbicki plant neu: Die Brücke werde teurer, teilte Hartwig am Montag mit."))
                .containsExactly(indirect(HARTWIG, "Die Brücke werde teurer"));
    }

    @Test
    void should_not_split_reported_speech_at_a_dash_before_a_phrase_without_a_clause_of_its_own() {
        // Without it the dash would cut "in der Annahme, der Rat sei einverstanden" off as a statement of its own:
        // its subjunctive stands in the clause after the comma, not in a clause the dash opens.
        assertThat(find("Hartwig sagte, sie habe die Brücke allein geplant – in der Annahme, der Rat sei einverstanden."))
                .containsExactly(indirect(HARTWIG,
                        "sie habe die Brücke allein geplant – in der Annahme, der Rat sei einverstanden"));
    }

    @Test
    void should_not_take_a_name_in_a_prepositional_phrase_for_the_speaker() {
        // Without it "auf Drängen Hartwigs" would make Hartwig the speaker of the council's words, the only actor
        // named before the verb.
        assertThat(find("Der Rat hatte auf Drängen Hartwigs erklärt, die Brücke sei zu teuer.")).isEmpty();
    }

    @Test
    void should_find_the_speaker_after_an_adverbial_between_verb_and_name() {
        // Without it "auf Nachfrage" would make Lena Hartwig the preposition's object, and the quotation would have
        // no speaker.
        assertThat(find("„Die Pläne liegen im Rathaus aus“, erklärt auf Nachfrage Lena Hartwig aus der Pressestelle."))
                .containsExactly(direct(HARTWIG, "Die Pläne liegen im Rathaus aus"));
        // An object after a preposition with its article stays an object: no speaker, no statement.
        assertThat(find("„Die Pläne liegen aus“, hieß es nach dem Treffen mit Hartwig.")).isEmpty();
    }

    @Test
    void should_take_a_bare_spokesperson_for_the_one_person_named_so_far() {
        // Without it "erklärt die Sprecherin" (no body named in or after it) would have no speaker although only one
        // person has been named; of two people it stays left out, as for any description of a person.
        assertThat(find("Lena Hartwig leitet die Pressestelle der Stadt. Der Bau beginne im Mai, erklärt die Sprecherin."))
                .containsExactly(indirect(HARTWIG, "Der Bau beginne im Mai"));
        assertThat(find("Lena Hartwig traf Tomasz Wierzbicki. Der Bau beginne im Mai, erklärt die Sprecherin.")).isEmpty();
    }

    @Test
    void should_not_take_a_denied_saying_for_an_attribution() {
        // Without it "könne man noch nicht sagen" would be an inquit with no speaker, which ends Hartwig's turn: the
        // sentence, reported speech in the Konjunktiv I, would be lost.
        assertThat(find("Die Brücke sei fertig, sagte Hartwig. Ob sie im Mai öffne, könne man noch nicht sagen."))
                .containsExactly(indirect(HARTWIG, "Die Brücke sei fertig"),
                        indirect(HARTWIG, "Ob sie im Mai öffne, könne man noch nicht sagen"));
    }

    @Test
    void should_take_heissen_for_saying_only_with_es() {
        // Without it "wie das Vorhaben offiziell heißt" (what a thing is called) would be an inquit with no speaker,
        // which ends the Stadtwerke's turn, and their next quotation would be lost.
        assertThat(find("„Wir bauen die Brücke“, erklären die Stadtwerke Lindenau zum Plan, wie das Vorhaben offiziell "
                + "heißt. „Die Kosten tragen Bund und Land.“"))
                .containsExactly(direct(STADTWERKE, "Wir bauen die Brücke"),
                        direct(STADTWERKE, "Die Kosten tragen Bund und Land."));
    }

    @Test
    void should_leave_out_a_pronoun_that_means_a_person_who_is_no_actor() {
        // Without it "sagt sie" would mean Hartwig, the last actor named, although the last person named is Brink,
        // who is no actor (introduced with her age, or with a first name the dictionary knows).
        assertThat(find("Lena Hartwig eröffnete die Auktion. Jorunn Brink (77) blättert im Katalog. "
                + "„Die Farben leuchten schön“, sagt sie.")).isEmpty();
        assertThat(find("Lena Hartwig eröffnete die Auktion. Ole Brink blättert im Katalog. "
                + "„Die Farben leuchten schön“, sagt er.")).isEmpty();
        assertThat(find("Lena Hartwig eröffnete die Auktion im Katalogsaal. „Die Farben leuchten schön“, sagt sie."))
                .containsExactly(direct(HARTWIG, "Die Farben leuchten schön"));
    }

    @Test
    void should_resolve_a_pronoun_to_an_actor_of_no_known_kind_when_no_person_was_named() {
        // Without it "sagte sie" would have no speaker: the only actor named, von der Aue, is of no known kind, and a
        // pronoun looked only for persons.
        Actor aue = new Actor("von der Aue", ActorType.OTHER, null, null, 1, "", 0);
        assertThat(StatementFinder.find("Von der Aue leitete den Chor viele Jahre lang. „Es war eine schöne Zeit“, "
                + "sagte sie im Rückblick.", List.of(aue, STADTWERKE)))
                .containsExactly(direct(aue, "Es war eine schöne Zeit"));
    }

    @Test
    void should_take_the_pronoun_after_the_verb_for_the_speaker_of_a_colon_introduction() {
        // Without it "war sie nachdenklich: „…“" would have no speaker: no name stands before the colon and the
        // pronoun does not open the sentence.
        assertThat(find("Lena Hartwig leitete den Chor. Und trotz allem war sie manchmal nachdenklich: „Nichts bleibt.“"))
                .containsExactly(direct(HARTWIG, "Nichts bleibt."));
    }

    @Test
    void should_not_take_a_name_joined_to_a_prepositional_object_for_the_speaker() {
        // Without it Hartwig, joined by "und" to the object of "von", would be the subject of "versprachen", and the
        // reporter's account of the announcements would become her statement.
        assertThat(find("Die Ankündigungen von Wierzbicki und Ministerin Lena Hartwig versprachen viel: "
                + "Die Brücke sei bald fertig.")).isEmpty();
    }

    @Test
    void should_not_give_a_persons_role_compound_to_the_body_in_it() {
        // Without it "die Kolberon-Präsidentin" would make Kolberon the speaker: the compound names a person of the
        // body, whom it does not identify. A spokesperson's compound still speaks for the body.
        Actor kolberon = organisation("Kolberon");
        List<Actor> actors = List.of(kolberon, HARTWIG, WIERZBICKI);
        assertThat(StatementFinder.find("Hartwig traf Wierzbicki. „Die Saison wird schwer“, weiß die amtierende "
                + "Kolberon-Präsidentin.", actors)).isEmpty();
        assertThat(StatementFinder.find("„Die Saison wird schwer“, sagte eine Kolberon-Sprecherin.", actors))
                .containsExactly(direct(kolberon, "Die Saison wird schwer"));
    }

    @Test
    void should_find_a_name_with_an_adjective_in_the_genitive() {
        // Without it "der Lindenauer Allgemeinen Zeitung" would not name the actor "Lindenauer Allgemeine Zeitung"
        // (the adjective's -e becomes -en), and the source would be lost.
        Actor zeitung = organisation("Lindenauer Allgemeine Zeitung");
        assertThat(StatementFinder.find("Nach Informationen der Lindenauer Allgemeinen Zeitung steigen die Preise.",
                List.of(zeitung)))
                .containsExactly(indirect(zeitung, "steigen die Preise"));
    }

    @Test
    void should_continue_the_speaker_with_a_konjunktiv_i_sentence_about_another_actor() {
        // Without it "Wierzbicki habe …" right after Hartwig's statement would end her turn as a sentence of
        // Wierzbicki's own: its Konjunktiv I main verb says it is still reported, and what is reported is about him.
        assertThat(find("Hartwig kritisierte, Wierzbicki habe die Pläne verschleppt. Wierzbicki habe die Kosten verschwiegen."))
                .containsExactly(indirect(HARTWIG, "Wierzbicki habe die Pläne verschleppt"),
                        indirect(HARTWIG, "Wierzbicki habe die Kosten verschwiegen"));
    }

    @Test
    void should_take_the_name_before_an_apposition_or_relative_clause_for_the_speaker() {
        // Without it the name inside the apposition or relative clause between subject and verb spoke: the Stadtwerke
        // right before "sagte", Wierzbicki in the relative clause, the Stadtwerke before "erklärt" (comma left out).
        assertThat(find("Lena Hartwig, Leiterin der Stadtwerke Lindenau, sagte am Montag, die Preise würden steigen."))
                .containsExactly(indirect(HARTWIG, "die Preise würden steigen"));
        assertThat(find("Die Stadtwerke Lindenau, bei denen Wierzbicki seit Jahren Kunde ist, teilten mit, dass die Preise steigen."))
                .containsExactly(indirect(STADTWERKE, "die Preise steigen"));
        assertThat(find("Lena Hartwig, Leiterin der Stadtwerke Lindenau erklärt: „Wir halten die Preise.“"))
                .containsExactly(direct(HARTWIG, "Wir halten die Preise."));
        // A clause of its own between the commas is reported speech, and the inquit after it names the speaker.
        assertThat(find("Hartwig, die Bürgermeisterin, habe die Kosten verschwiegen, sagte Wierzbicki."))
                .containsExactly(indirect(WIERZBICKI, "Hartwig, die Bürgermeisterin, habe die Kosten verschwiegen"));
    }

    @Test
    void should_not_count_a_person_named_in_a_quotation_against_a_bare_description() {
        // Without it Wierzbicki, named only inside the quotation, made two people, and "die Bürgermeisterin" (a
        // description no actor's role carries) was left out instead of taking up Hartwig.
        assertThat(find("Hartwig eröffnete am Montag die Brücke. „Ohne Wierzbicki wäre sie nie fertig geworden“, sagte die Bürgermeisterin."))
                .containsExactly(direct(HARTWIG, "Ohne Wierzbicki wäre sie nie fertig geworden"));
    }

    @Test
    void should_take_up_the_speaker_whose_turn_is_open_with_a_description_in_a_new_paragraph() {
        // Without it "die Bürgermeisterin" in a new paragraph took up nobody (a description refers back within its
        // paragraph), although the paragraph opens with Hartwig's reported speech and her turn is still open.
        assertThat(find("Hartwig eröffnete am Montag die Brücke.\n\nDie Kosten seien deutlich gestiegen. „Es hat sich gelohnt“, sagte die Bürgermeisterin."))
                .containsExactly(indirect(HARTWIG, "Die Kosten seien deutlich gestiegen"), direct(HARTWIG, "Es hat sich gelohnt"));
    }

    @Test
    void should_take_the_subject_after_the_verb_of_the_sentence_before_for_reported_speech() {
        // Without it a Konjunktiv I sentence after "Zu Beginn … hatte Hartwig …" (an adverbial before the verb, the
        // subject after it) had no speaker; with a source phrase first, the subject is what the source reports on.
        assertThat(find("Zu Beginn der Sitzung hatte Hartwig noch einmal um Zustimmung geworben. Es sei ein guter Vertrag."))
                .containsExactly(indirect(HARTWIG, "Es sei ein guter Vertrag"));
        assertThat(find("Laut dem Wetterdienst erreichte Hartwig die Insel am Abend. Davon seien alle überrascht gewesen."))
                .isEmpty();
    }

    @Test
    void should_find_the_main_verb_past_adjectives_numbers_enumerations_and_interjections() {
        // Without it "motivierten" (also an adjective), "sieben" (also a number), the comma of an enumeration and the
        // comma after "Ach" hid the Konjunktiv I main verb, and the sentences were not reported speech.
        assertThat(find("Hartwig sieht das anders. Die Zahl der Einbrüche im Viertel habe abgenommen."))
                .containsExactly(indirect(HARTWIG, "Die Zahl der Einbrüche im Viertel habe abgenommen"));
        assertThat(find("Hartwig sieht das anders. In Kolberg, Brink und Lindenau sei die Lage ruhig."))
                .containsExactly(indirect(HARTWIG, "In Kolberg, Brink und Lindenau sei die Lage ruhig"));
        assertThat(find("Hartwig sieht das anders. Ach, manches habe sich gebessert."))
                .containsExactly(indirect(HARTWIG, "Ach, manches habe sich gebessert"));
    }

    @Test
    void should_not_end_a_turn_with_a_verb_of_saying_that_names_no_speaker_and_no_statement() {
        // Without it the passive "bestätigt werden" (a verb of saying with no speaker and nothing said after it)
        // counted as an attribution of nobody, and Hartwig's reported speech in that sentence was lost.
        assertThat(find("Hartwig sagte, die Brücke sei sicher. Die Messwerte könnten erst im Mai bestätigt werden."))
                .containsExactly(indirect(HARTWIG, "die Brücke sei sicher"),
                        indirect(HARTWIG, "Die Messwerte könnten erst im Mai bestätigt werden"));
    }

    @Test
    void should_not_take_an_abstract_noun_after_the_verb_for_a_description_of_the_speaker() {
        // Without it "die fehlende Planung" after "mache … deutlich" (a verb of saying) was read as a description of
        // the one person named, Hartwig became the subject of her own reported sentence, and the sentence was lost.
        assertThat(find("Hartwig kritisierte den Rat. Dieses Verhalten mache die fehlende Planung deutlich."))
                .containsExactly(indirect(HARTWIG, "Dieses Verhalten mache die fehlende Planung deutlich"));
    }

    @Test
    void should_report_the_subjunctive_clause_after_a_dash_behind_the_inquit() {
        // Without it the reported speech after "sagte Hartwig –" was lost: the inquit ended the statement.
        assertThat(find("„Wir bauen weiter“, sagte Hartwig – die Kosten seien aber längst gedeckt."))
                .containsExactly(direct(HARTWIG, "Wir bauen weiter"), indirect(HARTWIG, "die Kosten seien aber längst gedeckt"));
    }

    @Test
    void should_not_take_a_name_after_a_preposition_that_opens_the_sentence_for_the_speaker() {
        // Without it "An Wierzbicki" (the preposition capitalised at the sentence start) was no prepositional phrase,
        // and Wierzbicki, whom she addressed, became the speaker instead of the pronoun's Hartwig.
        assertThat(find("Hartwig sagte, die Brücke sei fertig. An Wierzbicki richtete sie eine Bitte: „Kommen Sie zur Eröffnung.“"))
                .containsExactly(indirect(HARTWIG, "die Brücke sei fertig"), direct(HARTWIG, "Kommen Sie zur Eröffnung."));
    }

    @Test
    void should_take_the_person_in_apposition_at_the_end_of_a_so_phrase() {
        // Without it "so der Leiter der Stadtwerke Lindenau, Tomasz Wierzbicki" named the Stadtwerke first, whose
        // name is not the end of the phrase, and the quotation had no speaker.
        assertThat(find("„Die Preise bleiben stabil“, so der Leiter der Stadtwerke Lindenau, Tomasz Wierzbicki."))
                .containsExactly(direct(WIERZBICKI, "Die Preise bleiben stabil"));
    }

    @Test
    void should_read_aus_sicht_and_a_possessive_source_before_nach_as_sources() {
        // Without them "Aus Sicht von Hartwig" and "Seinen Angaben nach" (the possessive before a postponed "nach")
        // named no source, and the sentences after them had no speaker either.
        assertThat(find("Aus Sicht von Hartwig hat die Brücke gute Chancen. Dafür müsse aber der Rat zustimmen."))
                .containsExactly(indirect(HARTWIG, "hat die Brücke gute Chancen"),
                        indirect(HARTWIG, "Dafür müsse aber der Rat zustimmen"));
        assertThat(find("Die Preise stiegen, sagte Wierzbicki. Seinen Angaben nach waren viele Kunden unsicher."))
                .containsExactly(indirect(WIERZBICKI, "Die Preise stiegen"),
                        indirect(WIERZBICKI, "waren viele Kunden unsicher"));
    }

    @Test
    void should_accept_adverbials_after_the_name_of_a_so_phrase() {
        // Without it "so Hartwig am Montag in einem Interview" was no attribution: the name did not end the clause.
        assertThat(find("„Die Brücke wird fertig“, so Hartwig am Montag in einem Interview."))
                .containsExactly(direct(HARTWIG, "Die Brücke wird fertig"));
        // "so" that opens a main clause after a concessive one is no attribution.
        assertThat(find("Obwohl viele Kunden sparen wollen, so tut sich Hartwig sehr schwer damit.")).isEmpty();
    }
}
