package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.summarizer.core.summary.ActorType;
import org.junit.jupiter.api.Test;

/**
 * Stage "type" ({@link NameTyper}, {@link ContextTyper}): one fictional text per rule; each fails with its rule
 * switched off.
 */
class CandidateTypingTest {

    @Test
    void should_type_a_thing_named_after_a_party_as_other() {
        // Without it: the "SPD-Entwurf" was typed as the party itself, an organisation.
        Map<String, Candidate> named = typed("Das Bündnis kritisiert den SPD-Entwurf scharf. Mit dem "
                + "SPD-Papier will die Partei punkten.");

        assertThat(named.get("SPD-Entwurf").type()).isEqualTo(ActorType.OTHER);
    }

    @Test
    void should_type_a_person_when_the_article_uses_the_surname_alone() {
        // Without it: an unknown first name left "Jorin Talvik" of unknown kind (OTHER), not a person.
        Map<String, Candidate> named = typed("Jorin Talvik kam vor zehn Jahren nach Lindenau. Heute führt Talvik "
                + "die Werft am Hafen. Talvik will die Halle erweitern.");

        assertThat(named.get("Jorin Talvik").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void should_mark_a_place_when_the_name_mostly_follows_in_or_nach() {
        // Without it: a town nobody lists was no place, and counted like any other name.
        Map<String, Candidate> named = typed("Die Fähre fährt ab Mai wieder nach Kolbersund. In Kolbersund warten "
                + "schon viele Urlauber auf die erste Fahrt.");

        assertThat(named.get("Kolbersund").place()).isTrue();
    }

    @Test
    void should_type_an_organisation_when_an_abbreviation_the_article_never_uses_alone_opens_the_name() {
        // Without it: "IG Hafenbau" had no organisation word and no first name, and ended as OTHER.
        Map<String, Candidate> named = typed("Die IG Hafenbau ruft zum Streik auf. Die IG Hafenbau fordert acht "
                + "Prozent mehr Lohn.");

        assertThat(named.get("IG Hafenbau").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void should_type_an_organisation_when_a_compound_joins_the_name_to_a_company_word() {
        // Without it: the share price of "Brisana-Aktie" said nothing, and Brisana was a name of unknown kind.
        Map<String, Candidate> named = typed("Die Brisana-Aktie verlor am Dienstag sieben Prozent. Brisana hatte die "
                + "Prognose gesenkt.");

        assertThat(named.get("Brisana").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void should_type_an_organisation_and_its_kind_when_quotes_stand_between_them() {
        // Without the quote skipping: "»Nordgas«" had a quote, not "Stromhändler", before it, and got neither the
        // organisation type nor the kind as its role.
        Map<String, Candidate> named = typed("Der Stromhändler »Nordgas« senkt die Preise. »Nordgas« will Kunden "
                + "gewinnen. Nordgas wächst.");

        assertThat(named.get("Nordgas").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(named.get("Nordgas").role()).isEqualTo("Stromhändler");
    }

    @Test
    void should_not_take_the_verb_before_a_title_for_an_adjective_of_the_title() {
        // Without the dictionary check: "sagte Bürgermeister Tom Brandt" gave the role "sagter Bürgermeister", for
        // the tagger called "sagte" an adjective.
        Map<String, Candidate> named = typed("Die Kolberonisierung trifft viele, sagte Bürgermeister Tom Brandt. "
                + "Brandt will handeln.");

        assertThat(named.get("Tom Brandt").role()).isEqualTo("Bürgermeister");
        assertThat(typed("Der kolbersundische Bürgermeister Tom Brandt lud ein.").get("Tom Brandt").role())
                .isEqualTo("kolbersundischer Bürgermeister"); // an adjective the dictionary does not know stays
    }

    @Test
    void should_take_a_title_in_quotes_right_before_the_name() {
        // Without the quote skipping in RoleFinder: "dem »gefeierten Dirigenten« Jon Ekberg" gave no role at all.
        Map<String, Candidate> named = typed("Das Publikum dankte dem »gefeierten Dirigenten« Jon Ekberg mit langem "
                + "Applaus. Ekberg verbeugte sich.");

        assertThat(named.get("Jon Ekberg").role()).endsWith("Dirigent");
    }

    @Test
    void should_take_a_title_from_an_apposition_after_the_surname_used_alone() {
        // Without appositionAfterSurname: the title came only with a name run, and "Brink" (also a common noun) was
        // none, so "Ada Brink" had no role.
        Map<String, Candidate> named = typed("Ada Brink lud am Montag zur Versammlung ein. Die Werft brauche neue "
                + "Aufträge, sagte Brink, Geschäftsführerin der Lindenauer Werft, vor den Beschäftigten.");

        assertThat(named.get("Ada Brink").role()).isEqualTo("Geschäftsführerin der Lindenauer Werft");
    }

    @Test
    void should_give_an_organisation_its_kind_when_the_kind_stands_in_the_genitive() {
        // Without the genitive's base form: "des Stromhändlers Nordgas" gave no kind, for "Stromhändlers" ends in no
        // company kind.
        Map<String, Candidate> named = typed("Der Vorstand des Stromhändlers Nordgas tagte. Nordgas senkt die Preise. "
                + "Nordgas will wachsen.");

        assertThat(named.get("Nordgas").role()).isEqualTo("Stromhändler");
    }

    @Test
    void should_take_a_title_from_anywhere_before_the_surname_in_the_text() {
        // Without titleInText: the title in the heading ("Werftchefin Brink warnt"), which the name finder skips,
        // gave the untitled "Ada Brink" of the text no role.
        Map<String, Candidate> named = typed("Werftchefin Brink warnt vor Stellenabbau\n\nAda Brink lud am Montag "
                + "ein. Die Werft brauche Aufträge, sagte sie.");

        assertThat(named.get("Ada Brink").role()).isEqualTo("Werftchefin");
    }

    @Test
    void should_count_a_persons_mentions_by_the_surname() {
        // Without counting by the last word: "Hartwigs Plan", "Hartwigs Sprecher" were no mentions of "Lena Hartwig",
        // whose count (which ranks the actors) stayed at one.
        Map<String, Candidate> named = typed("Ministerin Lena Hartwig stellte den Plan vor. Hartwigs Plan sieht "
                + "Radwege vor. Für Hartwigs Ministerium ist das neu. Hartwigs Sprecher bestätigte das.");

        assertThat(named.get("Lena Hartwig").mentions()).isEqualTo(4);
    }

    @Test
    void should_type_a_person_when_a_first_name_opens_a_name_that_ends_like_an_organisation() {
        // Without the first-name check before the organisation endings, "Lena Sturmbank" was a bank.
        Map<String, Candidate> named = typed("Lena Sturmbank gewann das Rennen. Sturmbank lobte ihr Team.");

        assertThat(named.get("Lena Sturmbank").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void should_type_a_person_when_the_list_names_a_person_with_a_bracket_before_the_link() {
        // NameTyper.listedWithPersons skips the person's bracketed addition before "und": without it, the pen name
        // "Kolberon" after "Gerhard Albers (»Nachtzug«) und" stayed of unknown kind.
        Map<String, Candidate> named = typed("Für den Preis sind nominiert: Gerhard Albers (»Nachtzug«) und Kolberon. "
                + "Die Jury entscheidet im Mai.");

        assertThat(named.get("Kolberon").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void should_type_a_person_when_the_name_has_a_bracket_before_the_link_to_a_person() {
        // NameTyper.listedWithPersons skips the name's own bracketed addition before "und": without it, "Kolberon
        // (»Das Salz«) und Thomas Wendt" left the pen name of unknown kind.
        Map<String, Candidate> named = typed("Für den Preis sind nominiert: Kolberon (»Das Salz«) und Thomas Wendt. "
                + "Die Jury entscheidet im Mai.");

        assertThat(named.get("Kolberon").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void should_type_a_name_listed_with_an_organisation_as_an_organisation() {
        // Without NameTyper.listedWithOrganizations: "Marovia", named once in a list with a company, stayed of
        // unknown kind (OTHER) and was dropped. The company follows after an article and a kind noun.
        Map<String, Candidate> named = typed("Streit um Tarife in Wendbach\n\nDie Stadt Wendbach verhandelt mit drei "
                + "Anbietern. Angebote machten Kolbrand, Marovia und der Versandhändler KVX. Bürgermeisterin Lena "
                + "Hartwig sagte, sie erwarte eine Einigung.");

        assertThat(named.get("Marovia").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void should_type_a_name_listed_before_an_abbreviation_after_its_article_as_an_organisation() {
        // Without the article step of the list rule: "und der KVX" was no list with an organisation.
        Map<String, Candidate> named = typed("Streit um Tarife in Wendbach\n\nDie Stadt Wendbach verhandelt mit drei "
                + "Anbietern. Angebote kamen von Kolbrand, Marovia und der KVX. Bürgermeisterin Lena Hartwig sagte, "
                + "sie erwarte eine Einigung.");

        assertThat(named.get("Marovia").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    private static Map<String, Candidate> typed(String text) {
        List<Candidate> candidates = ActorCollector.typed(text, ArticleAnalyzer.analyze(text));
        return candidates.stream().collect(Collectors.toMap(Candidate::name, Function.identity()));
    }
}
