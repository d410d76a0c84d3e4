package news.summarizer.core.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.Statement;
import news.summarizer.core.summary.StatementKind;
import news.summarizer.core.text.GermanSentences;
import news.summarizer.core.text.TextSpan;
import org.junit.jupiter.api.Test;

/** The protagonist outranks a name mentioned in passing; every salience lies in [0, 1]. */
class SalienceTest {

    private static final String TEXT = "Hartwig eröffnet die Oderbrücke\n"
            + "Ministerin Lena Hartwig hat am Dienstag die neue Brücke in Lindenau eröffnet. Hartwig sprach von einem "
            + "großen Tag. Die Stadtwerke Lindenau liefern den Strom für die Beleuchtung. Der Bau dauerte drei Jahre. "
            + "„Wir sind stolz“, sagte Hartwig. Auch Bürgermeister Jan Petersen war gekommen. Das Tagesblatt berichtete "
            + "zuerst. Laut Tagesblatt kamen 500 Gäste.";
    private static final Actor HARTWIG = new Actor("Lena Hartwig", ActorType.PERSON, null, null, 4, "", 0);
    private static final Actor PETERSEN = new Actor("Jan Petersen", ActorType.PERSON, null, null, 1, "", 0);
    private static final Actor STADTWERKE = new Actor("Stadtwerke Lindenau", ActorType.ORGANIZATION, null, null, 1, "", 0);
    private static final Actor TAGESBLATT = new Actor("Tagesblatt", ActorType.ORGANIZATION, null, null, 2, "", 0);

    @Test
    void should_rank_the_protagonist_first_and_a_passing_name_last() {
        // Without it a client could not tell the protagonist from a name mentioned once.
        List<Statement> said = List.of(new Statement("Lena Hartwig", StatementKind.DIRECT, "Wir sind stolz", 0, "", 0));
        List<Actor> ranked = Salience.rank(TEXT, null, "Hartwig eröffnet die Brücke.", List.of(PETERSEN, STADTWERKE,
                HARTWIG), said);

        assertThat(ranked).extracting(Actor::name).containsExactly("Lena Hartwig", "Stadtwerke Lindenau", "Jan Petersen");
        assertThat(ranked).allMatch(actor -> actor.salience() >= 0 && actor.salience() <= 1);
        assertThat(ranked.get(0).salience()).isGreaterThan(ranked.get(1).salience());
    }

    @Test
    void should_discount_an_outlet_that_is_only_cited() {
        // Without it a newspaper named as source twice would outrank an organisation that acts.
        Actor cited = Salience.rank(TEXT, null, "", List.of(TAGESBLATT), List.of()).get(0);
        Actor uncited = Salience.rank(TEXT.replace("Laut Tagesblatt", "Im Tagesblatt").replace("Das Tagesblatt berichtete",
                "Das Tagesblatt feierte"), null, "", List.of(TAGESBLATT), List.of()).get(0);

        assertThat(Salience.citedSource(TEXT, "Tagesblatt")).isTrue();
        assertThat(cited.salience()).isLessThan(uncited.salience());
    }

    @Test
    void should_rank_an_actor_who_speaks_once_above_an_equally_named_silent_one() {
        // Without the bonus for speaking at all, one statement against a colleague's five would count for little
        // and the silent name would stay level with the speaker.
        String text = "Die Gemeinde Lindenau plant eine neue Schule. Kämmerer Ole Brandt legte den Plan vor, Rektorin "
                + "Ida Sommer war dabei. Die Kosten seien tragbar, sagte Brandt. Sommer freute sich.";
        Actor brandt = new Actor("Ole Brandt", ActorType.PERSON, null, null, 2, "", 0);
        Actor sommer = new Actor("Ida Sommer", ActorType.PERSON, null, null, 2, "", 0);
        List<Statement> said = List.of(new Statement("Ole Brandt", StatementKind.INDIRECT, "Die Kosten seien tragbar",
                0, "", 0));

        List<Actor> ranked = Salience.rank(text, null, "", List.of(sommer, brandt), said);

        assertThat(ranked).extracting(Actor::name).containsExactly("Ole Brandt", "Ida Sommer");
        assertThat(ranked.get(0).salience() - ranked.get(1).salience()).isGreaterThanOrEqualTo(Salience.SPEAKS);
    }

    @Test
    void should_treat_an_outlet_behind_nach_informationen_as_a_cited_source() {
        // Without "Informationen der" in the source slot, a newspaper whose reporting is cited would count as an actor.
        String text = "Nach Informationen der Lindenauer Post soll die Schule 2028 öffnen. Auch die Lindenauer Post "
                + "fragte nach. Nach Informationen der Lindenauer Post fehlen Lehrer.";

        assertThat(Salience.citedSource(text, "Post")).isTrue();
    }

    @Test
    void should_count_an_actor_opening_a_sentence_as_its_subject_but_not_one_after_a_preposition() {
        // Without it the actor who acts and the one it acts with would count the same.
        String text = "Ministerin Lena Hartwig eröffnete die Brücke. Mit Jan Petersen fuhr sie über den Fluss.";
        List<TextSpan> sentences = GermanSentences.split(text);

        assertThat(Salience.subjectOfASentence(text, sentences, "Hartwig")).isTrue();
        assertThat(Salience.subjectOfASentence(text, sentences, "Petersen")).isFalse();
    }

    @Test
    void should_count_a_sentence_opening_with_a_pronoun_for_the_person_named_last() {
        // Without it a protagonist referred to as "sie" would count fewer mentions than a name repeated twice.
        String text = "Bürgermeister Jan Petersen lud ein. Ministerin Lena Hartwig kam früh. Sie eröffnete die Brücke. "
                + "Sie sprach lange. Die Stadtwerke Lindenau zahlten.";
        Actor hartwig = new Actor("Lena Hartwig", ActorType.PERSON, null, null, 1, "", 0);
        Actor petersen = new Actor("Jan Petersen", ActorType.PERSON, null, null, 1, "", 0);

        assertThat(Salience.pronounReferences(text, GermanSentences.split(text), List.of(petersen, hartwig, STADTWERKE)))
                .containsExactly(org.assertj.core.api.Assertions.entry(hartwig, 2));
    }

    @Test
    void should_let_an_organisation_speak_through_its_official_named_right_after_it() {
        // Without it an association whose official is quoted would count as silent and fall behind a passing name.
        String evidence = "Der Geschäftsführer des Lindenauer Mieterbunds, Ole Brandt, kritisierte, die Mieten seien zu hoch.";
        Actor brandt = new Actor("Ole Brandt", ActorType.PERSON, null, null, 1, "", 0);
        Actor mieterbund = new Actor("Lindenauer Mieterbund", ActorType.ORGANIZATION, null, null, 1, "", 0);
        List<Actor> actors = List.of(brandt, mieterbund, STADTWERKE);
        List<Statement> said = List.of(new Statement("Ole Brandt", StatementKind.INDIRECT, "die Mieten seien zu hoch",
                0, evidence, 0));

        assertThat(Salience.speaksThroughOfficial(mieterbund, mieterbund.name(), said, actors)).isTrue();
        assertThat(Salience.speaksThroughOfficial(STADTWERKE, STADTWERKE.name(), said, actors)).isFalse();
        assertThat(Salience.speaksThroughOfficial(mieterbund, mieterbund.name(), List.of(new Statement("Ole Brandt",
                StatementKind.INDIRECT, "die Mieten seien zu hoch", 0, "Ole Brandt kritisierte den Mieterbund, die "
                + "Mieten seien zu hoch.", 0)), actors)).isFalse();
    }

    @Test
    void should_discount_a_person_named_only_as_an_object() {
        // Without it a person named twice in prepositional phrases ("mit Ida Sommer", "mit dem Gast Sommer") would
        // rank level with one who acts ("Brandt legte vor"), although only the latter does anything in the story.
        // Both are named after the lead: a person the lead names keeps the full score (next tests).
        String text = "Die Gemeinde Lindenau plant eine Schule. Der Bau soll 2028 beginnen. Die Kosten trägt das Land. "
                + "Kämmerer Ole Brandt legte den Plan gemeinsam mit Ida Sommer vor. Später sprach der Rat mit dem Gast "
                + "Sommer. Brandt war zufrieden.";
        Actor brandt = new Actor("Ole Brandt", ActorType.PERSON, null, null, 2, "", 0);
        Actor sommer = new Actor("Ida Sommer", ActorType.PERSON, null, null, 2, "", 0);

        assertThat(Salience.onlyAnObject(text, "Ida Sommer", "Sommer")).isTrue();
        assertThat(Salience.onlyAnObject(text, "Ole Brandt", "Brandt")).isFalse();
        assertThat(Salience.onlyAnObject("Die Rede der Präsidentin von der Aue. Von der Aue sprach.", "von der Aue",
                "Aue")).isFalse();
        List<Actor> ranked = Salience.rank(text, null, "", List.of(sommer, brandt), List.of());
        assertThat(ranked.get(0).salience() - ranked.get(1).salience()).isGreaterThan(0.1);
    }

    @Test
    void should_count_a_club_named_by_the_one_word_the_text_uses_for_it() {
        // Without the short form the club "FC Kirchberg 1920", named once in full and three times as "Kirchberg",
        // would count one mention against a reporter's guest named twice, and rank below him. "Kirchberg" is no word
        // the lexicon knows; taking its guess by the last part ("Berg") for a common noun would lose the club too.
        String text = "Der FC Kirchberg 1920 verliert das Derby. Kirchberg lag zur Pause vorn. Trainerin Ida Sommer "
                + "war enttäuscht. Danach drehte der Gegner das Spiel. Gast Jan Petersen sah zu. Kirchberg spielt am "
                + "Sonntag wieder, die Kirchberg-Fans hoffen. Petersen ging früh.";
        Actor club = new Actor("FC Kirchberg 1920", ActorType.ORGANIZATION, null, null, 1, "", 0);
        Actor sommer = new Actor("Ida Sommer", ActorType.PERSON, null, null, 1, "", 0);
        Actor petersen = new Actor("Jan Petersen", ActorType.PERSON, null, null, 2, "", 0);
        List<Actor> actors = List.of(petersen, sommer, club);

        assertThat(Salience.shortFormMentions(text, club, actors)).isEqualTo(4);
        List<Actor> ranked = Salience.rank(text, null, "", actors, List.of());
        assertThat(ranked.indexOf(ranked.stream().filter(a -> a.name().equals(club.name())).findFirst().orElseThrow()))
                .isLessThan(ranked.indexOf(ranked.stream().filter(a -> a.name().equals(petersen.name())).findFirst()
                        .orElseThrow()));
    }

    @Test
    void should_not_take_a_kind_word_an_adjective_or_another_actors_word_for_a_short_form() {
        // Without these limits "Landgericht" would count every other court, "Deutscher" every German title, and the
        // district "IG Metall Nord" the mentions of the union "IG Metall" itself.
        String text = "Die IG Metall droht mit Streik. Die IG Metall Nord schließt sich an. Metall-Betriebe stehen "
                + "still. Das Landgericht Lindenau vertagt, das Landgericht Kirchberg nicht. Deutscher Mieterbund, Deutscher "
                + "Meister, Deutscher Buchpreis: Alle schweigen.";
        Actor union = new Actor("IG Metall", ActorType.ORGANIZATION, null, null, 2, "", 0);
        Actor district = new Actor("IG Metall Nord", ActorType.ORGANIZATION, null, null, 1, "", 0);
        Actor court = new Actor("Landgericht Lindenau", ActorType.ORGANIZATION, null, null, 1, "", 0);
        Actor tenants = new Actor("Deutscher Mieterbund", ActorType.ORGANIZATION, null, null, 1, "", 0);
        List<Actor> actors = List.of(union, district, court, tenants);

        assertThat(Salience.shortFormMentions(text, district, actors)).isZero();
        assertThat(Salience.shortFormMentions(text, court, actors)).isEqualTo(1);
        assertThat(Salience.shortFormMentions(text, tenants, actors)).isEqualTo(1); // "Mieterbund", not "Deutscher"
    }

    @Test
    void should_count_a_name_after_an_opening_role_phrase_as_the_subject() {
        // Without it "Stadtkämmerer und Kulturreferent Ole Brandt (SPD), seit Mai im Amt, musste …", four words before
        // the surname and an apposition before the verb, would be no subject, and Brandt would rank below a guest
        // named earlier in a line without a verb.
        String text = "Erstmals zu Gast: Grünen-Chefin Ida Sommer. Es regnete den ganzen Tag. "
                + "Stadtkämmerer und Kulturreferent Ole Brandt (SPD), seit Mai im Amt, musste sich Kritik anhören.";
        List<TextSpan> sentences = GermanSentences.split(text);
        Actor sommer = new Actor("Ida Sommer", ActorType.PERSON, null, null, 1, "", 0);
        Actor brandt = new Actor("Ole Brandt", ActorType.PERSON, null, null, 1, "", 0);

        assertThat(Salience.openedByRolePhrase(text, sentences, "Ole Brandt", "Brandt")).isTrue();
        assertThat(Salience.openedByRolePhrase(text, sentences, "Ida Sommer", "Sommer")).isFalse();
        assertThat(Salience.rank(text, null, "", List.of(sommer, brandt), List.of())).extracting(Actor::name)
                .containsExactly("Ole Brandt", "Ida Sommer");
    }

    @Test
    void should_count_a_subject_wherever_it_stands_in_its_clause() {
        // Without it only a name opening its sentence is a subject: the chair who "übernimmt" after the verb, a
        // minister in a coordinated subject and a director in an apposition would count like a name in a guest list.
        String text = "Die Gemeinde Lindenau feierte ihr Stadtfest. Es gab Musik und Reden. Danach regnete es. "
                + "Unter den Gästen: Jan Petersen. Den Vorsitz des Festvereins übernimmt zunächst die frühere Lehrerin "
                + "Mara Olsen.";
        Actor petersen = new Actor("Jan Petersen", ActorType.PERSON, null, null, 1, "", -1);
        Actor olsen = new Actor("Mara Olsen", ActorType.PERSON, null, null, 1, "", -1);

        assertThat(Salience.subjectAnywhere(text, "Mara Olsen", "Olsen")).isTrue(); // after the verb
        assertThat(Salience.subjectAnywhere(text, "Jan Petersen", "Petersen")).isFalse();
        assertThat(Salience.subjectAnywhere("Die Minister Hartwig und Bauministerin Ida Sommer (SPD) mussten "
                + "nachbessern.", "Ida Sommer", "Sommer")).isTrue(); // coordinated, before the verb
        assertThat(Salience.subjectAnywhere("Die Direktorin der Kunsthalle, Tilda Vossberg, wurde abberufen.",
                "Tilda Vossberg", "Vossberg")).isTrue(); // apposition to the subject
        assertThat(Salience.subjectAnywhere("Die Stadt dankte am Montag dem Gast Jan Petersen.", "Jan Petersen",
                "Petersen")).isFalse(); // an object's article between verb and name
        assertThat(Salience.rank(text, null, "", List.of(petersen, olsen), List.of())).extracting(Actor::name)
                .containsExactly("Mara Olsen", "Jan Petersen");
    }

    @Test
    void should_find_a_name_of_several_words_in_any_case_form_in_lead_and_summary() {
        // Without it "Freier Mieterbund", named only as "des Freien Mieterbunds", would be missing from the lead and
        // the summary that name it, and rank below an organisation named once in passing.
        String text = "Der Vorsitzende des Freien Mieterbunds warnt vor höheren Mieten in der Stadt. Es gab viel Beifall. "
                + "Danach regnete es. Später kamen die Stadtwerke Lindenau dazu.";
        Actor tenants = new Actor("Freier Mieterbund", ActorType.ORGANIZATION, null, null, 1, "", -1);
        Actor utility = new Actor("Stadtwerke Lindenau", ActorType.ORGANIZATION, null, null, 1, "", -1);
        String summary = "Kritik des Freien Mieterbunds an den Mieten.";

        Salience.Signals signals = Salience.signals(text, null, summary, List.of(utility, tenants), List.of()).get(tenants);

        assertThat(signals.lead()).isTrue();
        assertThat(signals.summary()).isTrue();
        assertThat(signals.position()).isEqualTo(1.0 - (double) text.indexOf("Freien") / text.length()); // not "not found"
        assertThat(Salience.rank(text, null, summary, List.of(utility, tenants), List.of())).extracting(Actor::name)
                .containsExactly("Freier Mieterbund", "Stadtwerke Lindenau");
    }

    @Test
    void should_find_a_club_by_its_short_form_in_headline_lead_and_first_mention() {
        // Without it the club "FC Kirchberg 1920", which headline and lead call "Kirchberg", would be missing from
        // both and first named where its full name stands, late in the text.
        String title = "Kirchberg verliert das Derby";
        String text = "Kirchberg hat das Derby in Lindenau verloren. Die Fans waren enttäuscht. Es regnete. Kirchberg "
                + "spielt am Sonntag wieder. Der FC Kirchberg 1920 sucht einen Trainer.";
        Actor club = new Actor("FC Kirchberg 1920", ActorType.ORGANIZATION, null, null, 1, "", -1);

        Salience.Signals signals = Salience.signals(text, title, "", List.of(club), List.of()).get(club);

        assertThat(signals.headline()).isTrue();
        assertThat(signals.lead()).isTrue();
        assertThat(signals.position()).isEqualTo(1.0);
    }

    @Test
    void should_rank_a_successor_named_once_as_subject_above_a_predecessor_named_twice_as_an_object() {
        // Without halving the score of a person named only as an object (0.6 kept before), the predecessor named in
        // two prepositional phrases and in a key point would stay level with or above the new chair who acts.
        String text = "Lena Hartwig bleibt Chefin der Lindenauer Werft. Hartwig verlängerte ihren Vertrag. Hartwig "
                + "lobte die Belegschaft. Den Vorsitz des Aufsichtsrats übernimmt zunächst der frühere Bahnmanager Ole "
                + "Brandt. Hartwig hatte die Werft erst in einer Doppelspitze mit Ida Sommer geführt. Der Streit mit "
                + "Sommer endete im Frühjahr.";
        Actor hartwig = new Actor("Lena Hartwig", ActorType.PERSON, null, null, 4, "", -1);
        Actor sommer = new Actor("Ida Sommer", ActorType.PERSON, null, null, 2, "", -1);
        Actor brandt = new Actor("Ole Brandt", ActorType.PERSON, null, null, 1, "", -1);
        String summary = "Hartwig bleibt Chefin.\nHartwig hatte die Werft erst in einer Doppelspitze mit Ida Sommer geführt.";

        List<Actor> ranked = Salience.rank(text, null, summary, List.of(hartwig, sommer, brandt), List.of());

        assertThat(ranked).extracting(Actor::name).containsExactly("Lena Hartwig", "Ole Brandt", "Ida Sommer");
        assertThat(ranked.get(1).salience()).isGreaterThan(ranked.get(2).salience());
    }

    @Test
    void should_not_discount_a_person_the_lead_names_as_an_object() {
        // Without the lead's exception, the predecessor a report of an election opens with ("Nachfolgerin von …")
        // would keep half its score like a name in the background and fall below bodies named once in passing.
        String opening = "Der Segelverband Lindenau hat Mara Olsen zur Nachfolgerin von Jan Petersen gewählt. Olsen "
                + "erhielt 40 Stimmen. Sie will den Verband erneuern. Der Vorstand tagt im Mai. ";
        Actor petersen = new Actor("Jan Petersen", ActorType.PERSON, null, null, 1, "", -1);
        Actor olsen = new Actor("Mara Olsen", ActorType.PERSON, null, null, 2, "", -1);
        String later = "Der Segelverband Lindenau hat Mara Olsen zur Vorsitzenden gewählt. Olsen erhielt 40 Stimmen. Sie "
                + "will den Verband erneuern. Der Vorstand tagt im Mai. Der Abschied von Jan Petersen fiel schwer.";

        Salience.Signals inLead = Salience.signals(opening, null, "", List.of(olsen, petersen), List.of()).get(petersen);
        Salience.Signals inBackground = Salience.signals(later, null, "", List.of(olsen, petersen), List.of()).get(petersen);

        assertThat(Salience.onlyAnObject(opening, "Jan Petersen", "Petersen")).isTrue();
        assertThat(inLead.lead()).isTrue();
        assertThat(inLead.onlyObject()).isFalse();
        assertThat(inBackground.onlyObject()).isTrue();
    }

    @Test
    void should_count_the_initials_of_an_organisation_as_its_mentions() {
        // Without the initials, a body named once in full and then only as "der VLV" counted one mention and ranked
        // below a person named once in passing; initials inside longer ones ("VLVB") are another body.
        String text = "Der Verband Lindenauer Verkehrsbetriebe erhöht die Preise. Der VLV begründet das mit den Kosten. "
                + "Die Fahrgäste sind verärgert. Die Stadt prüft den Schritt. VLV-Chef Ole Brandt sprach von einem "
                + "harten Schritt. Die VLVB, eine Tochter, ist nicht betroffen. Der VLV will im Mai neue Busse kaufen.";
        Actor verband = new Actor("Verband Lindenauer Verkehrsbetriebe", ActorType.ORGANIZATION, null, null, 1, "", -1);
        Actor brandt = new Actor("Ole Brandt", ActorType.PERSON, null, null, 1, "", -1);
        Actor namedByInitials = new Actor("VLV", ActorType.ORGANIZATION, null, null, 3, "", -1);

        assertThat(Salience.initials("Bundesamt für Verkehr und Verbraucherschutz")).isEqualTo("BVV");
        assertThat(Salience.initials("Zoo")).isNull();
        assertThat(Salience.shortFormMentions(text, verband, List.of(verband, brandt))).isEqualTo(3);
        assertThat(Salience.shortFormMentions(text, verband, List.of(verband, namedByInitials))).isLessThan(3);
        assertThat(Salience.rank(text, null, "", List.of(brandt, verband), List.of())).extracting(Actor::name)
                .containsExactly("Verband Lindenauer Verkehrsbetriebe", "Ole Brandt");
    }
}
