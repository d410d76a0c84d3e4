package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.summarizer.core.summary.ActorType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The offline engine's word lists that only act inside a whole article (typing, filtering, name finding): one
 * fictional sentence per entry, each failing with its entry removed.
 */
class WordListsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Baufirma", "Chemiekonzern", "Gasimporteur", "Weinexporteur", "Netzbetreiber",
            "Fahrradhersteller", "Stromanbieter", "Finanzdienstleister", "Bauunternehmen", "Autobauer", "Rennstall",
            "Privatbank", "Versicherer", "Energieversorger", "Stromhändler", "Handelsriese", "Ölgigant",
            "Künstlerkollektiv", "Mediengruppe", "Buchverlag", "Radiosender", "Modekette", "Biotech-Startup", "Fußballclub",
            "Fußballklub", "Sportverein", "Plattenlabel", "Ärztenetzwerk", "Videoplattform", "Spieleentwickler",
            "Filmproduzent", "Finanzinvestor", "Pensionsfonds"})
    void should_type_an_organisation_when_a_kind_of_company_stands_before_the_name(String kind) {
        // ContextTyper.COMPANY_KINDS: "der Stromhändler Lindvalt"; without the kind Lindvalt stays of unknown kind.
        Map<String, Candidate> named = typed("Der " + kind + " Lindvalt hat am Montag neue Zahlen vorgelegt. "
                + "Lindvalt begründete den Schritt mit höheren Kosten.");

        assertThat(named.get("Lindvalt").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aktie", "Aktien", "Zentrale", "Werk", "Werke", "Tochter", "Mutter", "Team",
            "Aufsichtsrat", "Belegschaft", "Mitarbeiter", "Beschäftigte", "Management", "Kunden", "Filialen", "App"})
    void should_type_an_organisation_when_a_compound_joins_the_name_to_a_company_word(String word) {
        // ContextTyper.COMPANY_WORDS: whose "Aktie", "Belegschaft" or "App" it is, is a company.
        Map<String, Candidate> named = typed("Lindvalt hat am Montag neue Zahlen vorgelegt. Über die Lindvalt-"
                + word + " wurde danach viel gesprochen. Lindvalt will im Herbst nachlegen.");

        assertThat(named.get("Lindvalt").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chef", "Chefin", "Finanzvorstand", "Finanzvorständin", "Sprecher", "Sprecherin",
            "Firmengründer", "Gründerin", "Manager", "Managerin", "Direktor", "Direktorin", "Anwalt", "Anwältin"})
    void should_type_an_organisation_when_a_company_title_names_it_with_von(String title) {
        // ContextTyper.COMPANY_ROLES: a "Sprecherin von Lindvalt" speaks for a company; a "Bürgermeister von
        // Lindau" would not make a town one.
        Map<String, Candidate> named = typed("Dazu äußerte sich am Montag " + title + " von Lindvalt nicht. "
                + "Lindvalt will im Herbst nachlegen.");

        assertThat(named.get("Lindvalt").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Die Fähre fährt ab Mai wieder in | Velmora",
            "Die Fähre hält ab Mai wieder im | Velmora",
            "Die Fähre fährt ab Mai wieder nach | Velmora",
            "Die Fähre kommt ab Mai wieder aus | Velmora",
            "Die Fähre legt ab Mai wieder an | Velmora",
            "Die Fähre hält ab Mai wieder am | Velmora",
            "Die Fähre fährt ab Mai wieder bis | Velmora",
            "Die Fähre fährt ab Mai wieder über | Velmora",
            "Die Fähre pendelt ab Mai wieder zwischen | Velmora",
            "Die Fähre fährt ab Mai wieder durch | Velmora",
            "Die Fähre fährt ab Mai wieder in die Stadt | Velmora",
            "Die Fähre fährt ab Mai wieder in die Hauptstadt | Velmora",
            "Die Fähre fährt ab Mai wieder in die Region | Velmora",
            "Die Fähre fährt ab Mai wieder in die Gemeinde | Velmora",
            "Die Fähre fährt ab Mai wieder über den Fluss | Velmora",
            "Die Fähre fährt ab Mai wieder in das Bundesland | Velmora"})
    void should_mark_a_place_when_the_name_follows_a_locative_word(String before, String name) {
        // ContextTyper.LOCATIVE: a name nobody lists, used after "in", "zwischen … und" or "die Gemeinde", is where
        // things happen; named once more without one, half its mentions are still locative.
        Map<String, Candidate> named = typed(before + " " + name + (before.endsWith("zwischen") ? " und Lindau" : "")
                + ". Die Urlauber lieben " + name + ".");

        assertThat(named.get(name).place()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"liegt an der Weichsel", "lag lange im Grenzgebiet", "ist eine alte Hafenstadt",
            "war früher ein Fischerdorf", "gilt als teuer", "galt lange als arm", "hat viele Brücken",
            "hatte einst einen Hafen", "grenzt an einen großen See", "befindet sich an der Küste",
            "zählt viele Brücken", "wird oft unterschätzt", "wurde im Mittelalter gegründet", "bleibt ein Hafenort",
            "blieb lange klein", "sei eine alte Hafenstadt", "heißt im Volksmund Perle des Nordens"})
    void should_drop_a_city_when_its_only_verb_describes_it(String description) {
        // ActorFilter.STATIVE_VERBS: "Warschau liegt …" describes the city; "Warschau lehnt … ab" makes it act.
        Map<String, Candidate> actors = actors("Warschau " + description + ". In Warschau treffen sich am Montag die "
                + "Minister. Ministerin Lena Hartwig reist ebenfalls nach Warschau.");

        assertThat(actors).containsKey("Lena Hartwig").doesNotContainKey("Warschau");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Im Januar eröffnete Lena Hartwig den neuen Hafen in Lindau. | Januar",
            "Im Februar eröffnete Lena Hartwig den neuen Hafen in Lindau. | Februar",
            "Im März eröffnete Lena Hartwig den neuen Hafen in Lindau. | März",
            "Im April eröffnete Lena Hartwig den neuen Hafen in Lindau. | April",
            "Im Mai eröffnete Lena Hartwig den neuen Hafen in Lindau. | Mai",
            "Im Juni eröffnete Lena Hartwig den neuen Hafen in Lindau. | Juni",
            "Im Juli eröffnete Lena Hartwig den neuen Hafen in Lindau. | Juli",
            "Im August eröffnete Lena Hartwig den neuen Hafen in Lindau. | August",
            "Im September eröffnete Lena Hartwig den neuen Hafen in Lindau. | September",
            "Im Oktober eröffnete Lena Hartwig den neuen Hafen in Lindau. | Oktober",
            "Im November eröffnete Lena Hartwig den neuen Hafen in Lindau. | November",
            "Im Dezember eröffnete Lena Hartwig den neuen Hafen in Lindau. | Dezember",
            "Am Montag eröffnete Lena Hartwig den neuen Hafen in Lindau. | Montag",
            "Norwegen kündigte an, ab Dienstag Zölle auf Lachs zu erheben, sagte Lena Hartwig. | Dienstag",
            "Der Zoll gelte ab Dienstag, sagte Lena Hartwig. | Dienstag",
            "Der Zoll gelte ab Sonnabend, sagte Lena Hartwig. | Sonnabend",
            "Der Zoll gelte ab Ostern, sagte Lena Hartwig. | Ostern",
            "Der Zoll gelte ab Weihnachten, sagte Lena Hartwig. | Weihnachten",
            "Das sagte Herr Brink am Hafen, berichtete Lena Hartwig. | Herr",
            "Die Fähre fahre, so Gott will, wieder, sagte Lena Hartwig. | Gott",
            "Am Mittwoch eröffnete Lena Hartwig den neuen Hafen in Lindau. | Mittwoch",
            "Am Donnerstag eröffnete Lena Hartwig den neuen Hafen in Lindau. | Donnerstag",
            "Am Freitag eröffnete Lena Hartwig den neuen Hafen in Lindau. | Freitag",
            "Am Samstag eröffnete Lena Hartwig den neuen Hafen in Lindau. | Samstag",
            "Am Sonntag eröffnete Lena Hartwig den neuen Hafen in Lindau. | Sonntag",
            "Der Umbau kostet 30 Millionen Euro, sagte Lena Hartwig in Lindau. | Euro",
            "Der Umbau kostet 30 Millionen Dollar, sagte Lena Hartwig in Lindau. | Dollar"})
    void should_keep_a_word_out_of_names_when_it_never_names_an_actor(String sentence, String word) {
        // Lexicon.NOT_NAMES: months, days, currencies, feasts, "Herr" and "Gott", which the tagger may call proper
        // nouns, are no part of a name and name no one ("Im Mai", "ab Ostern", "Herr Brink" is Brink).
        Map<String, Candidate> named = typed(sentence);

        assertThat(named).containsKey("Lena Hartwig");
        assertThat(named.keySet()).noneMatch(name -> List.of(name.split("[ -]")).contains(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Karl von Hellen", "Jan van Dorsten", "Jan de Wolde", "Karl von der Marwitz",
            "Jana von den Driesch", "Carlos da Serra", "Marco di Lauro", "Jean du Ravel", "Marco del Sarto",
            "Luca della Torre", "Karl zu Hellen", "Jan ter Horst", "Jan ten Brink", "Omar bin Talal", "Omar al Habib",
            "Omar el Amrani", "Luca la Rocca", "Jean le Goff", "Pedro dos Reis"})
    void should_keep_a_name_particle_inside_a_persons_name(String person) {
        // Lexicon.NAME_PARTICLES: without "ter", "Jan ter Horst" would be an actor called "Jan".
        Map<String, Candidate> named = typed("Am Montag sagte " + person + ", der Hafen bleibe offen. " + person
                + " will im Herbst nachlegen.");

        assertThat(named).containsKey(person);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FC", "SV", "VfB", "VfL", "TSV", "SC", "SpVgg", "TSG", "FSV", "SG", "BSC", "KSC", "AC", "AS",
            "SSC", "Borussia", "Fortuna", "Hertha", "Union", "Dynamo", "Werder", "Alemannia", "Arminia",
            "Kickers", "Rot-Weiss", "Rot-Weiß", "Real", "Atlético", "Inter", "Olympique"})
    void should_take_a_club_from_the_title_when_the_text_only_calls_it_the_club(String prefix) {
        // Lexicon.CLUB_PREFIXES: a title's names are skipped (the prose repeats them) except a club's, which the
        // prose then calls "der Verein".
        String club = prefix + " Lindenthal";
        Map<String, Candidate> named = typed(club + " feiert den Aufstieg\n\nDer Verein gewann am Samstag mit 3:1. "
                + "Trainer Ole Brandt lobte die Mannschaft.");

        assertThat(named).containsKey(club);
    }

    static Map<String, Candidate> typed(String text) {
        List<Candidate> candidates = ActorCollector.typed(text, ArticleAnalyzer.analyze(text));
        return candidates.stream().collect(Collectors.toMap(Candidate::name, Function.identity()));
    }

    private static Map<String, Candidate> actors(String text) {
        List<Candidate> candidates = ActorCollector.collect(text, ArticleAnalyzer.analyze(text));
        return candidates.stream().collect(Collectors.toMap(Candidate::name, Function.identity()));
    }
}
