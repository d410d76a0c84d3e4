package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.summarizer.core.summary.ActorType;
import news.summarizer.testing.TestArticles;
import org.junit.jupiter.api.Test;

class ActorCollectorTest {

    @Test
    void should_read_apposition_roles_when_the_title_stands_beside_the_name() {
        // Without it: "Der Oberbürgermeister von Frankfurt (Oder), Jan Petersen," would give a person without a role.
        Map<String, Candidate> oder = collect(OfflineArticles.resource(TestArticles.ODER_BRIDGE).text());
        Map<String, Candidate> hydrogen = collect(OfflineArticles.resource(TestArticles.HYDROGEN_PIPELINE).text());

        assertThat(oder.get("Jan Petersen").role()).isEqualTo("Oberbürgermeister von Frankfurt (Oder)");
        assertThat(oder.get("Sabine Krüger").role()).isEqualTo("Landesvorsitzende");
        assertThat(hydrogen.get("Hinrich Wübbena").role()).isEqualTo("Vorsitzende des Fischereiverbands Niedersachsen");
        assertThat(hydrogen.get("Claudia Renner").role())
                .isEqualTo("Sprecherin der Umweltorganisation Meeresschutz Nord");
    }

    @Test
    void should_keep_name_particles_when_a_name_has_von_or_van() {
        // Without it: "EU-Energiekommissar Pieter van Dijk" would become an actor called "Pieter".
        Map<String, Candidate> actors = collect(OfflineArticles.resource(TestArticles.HYDROGEN_PIPELINE).text());

        assertThat(actors.get("Pieter van Dijk").role()).isEqualTo("EU-Energiekommissar");
        assertThat(actors.get("Pieter van Dijk").type()).isEqualTo(ActorType.PERSON);
        assertThat(actors).doesNotContainKey("Pieter");
    }

    @Test
    void should_merge_surname_mentions_into_the_full_name_when_a_person_is_named_again() {
        // Without it: "Hartwig" and "Lena Hartwig" would be two actors, each with half the mentions.
        Map<String, Candidate> actors = collect(OfflineArticles.resource(TestArticles.ODER_BRIDGE).text());

        assertThat(actors).doesNotContainKeys("Hartwig", "Wierzbicki");
        assertThat(actors.get("Lena Hartwig").runs()).hasSize(3);
    }

    @Test
    void should_name_organisations_in_the_nominative_when_the_article_declines_them() {
        // Without it: users would read "Deutschen Bahn" or "Naturschutzbunds" as an actor's name.
        Map<String, Candidate> actors = collect(OfflineArticles.resource(TestArticles.ODER_BRIDGE).text());

        assertThat(actors).containsKeys("Deutsche Bahn", "Europäische Kommission", "Naturschutzbund Brandenburg");
        assertThat(actors.get("Naturschutzbund Brandenburg").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void should_take_title_and_name_apart_when_the_tagger_calls_the_title_a_name() {
        // Without it: "Kremlchef Wladimir Putin" or "Kremlsprecher Dmitri Peskow" would become the actor's name.
        Map<String, Candidate> actors = collect("Kremlsprecher Dmitri Peskow sagte am Montag, die Gespräche mit "
                + "US-Präsident Donald Trump gingen weiter. Zuvor hatte Kremlchef Wladimir Putin mit Trump telefoniert. "
                + "Peskow nannte keine Einzelheiten, Putin äußerte sich nicht.");

        assertThat(actors.keySet()).containsExactlyInAnyOrder("Dmitri Peskow", "Donald Trump", "Wladimir Putin");
        assertThat(actors.get("Dmitri Peskow").role()).isEqualTo("Kremlsprecher");
        assertThat(actors.get("Donald Trump").role()).isEqualTo("US-Präsident");
        assertThat(actors.get("Wladimir Putin").role()).isEqualTo("Kremlchef");
        assertThat(actors.values()).allMatch(actor -> actor.type() == ActorType.PERSON);
    }

    @Test
    void should_skip_datelines_and_settings_when_places_do_not_act() {
        // Without it: "Oslo -" datelines and "in Brüssel" would fill the actor list with cities.
        Map<String, Candidate> actors = collect(OfflineArticles.resource(TestArticles.HYDROGEN_PIPELINE).text());

        assertThat(actors).doesNotContainKeys("Oslo", "Brüssel", "Wilhelmshaven", "Nordrhein-Westfalen", "Ruhrgebiet");
    }

    @Test
    void should_keep_a_city_when_it_acts_as_a_government() {
        // Without it: "Warschau lehnte ab" (the Polish government acting) would be thrown away like a dateline.
        Map<String, Candidate> actors = collect("Warschau lehnte den Vorschlag am Freitag ab. In Warschau hieß es, "
                + "man wolle weiter verhandeln. Auch in Warschau gab es Protest.");

        assertThat(actors).containsKey("Warschau");
        assertThat(actors.get("Warschau").type()).isEqualTo(ActorType.OTHER);
    }

    @Test
    void should_find_an_institution_when_its_head_has_a_fuer_complement() {
        // Without it: "Landesamt für Umwelt und Verbraucherschutz" would be missed, a bare head is no name.
        Map<String, Candidate> actors = collect("Wegen der steigenden Pegel warnte das Landesamt für Umwelt und "
                + "Verbraucherschutz am Dienstag vor Hochwasser an der Weser. Ein Sprecher des Landesamts sagte, die "
                + "Deiche seien stabil.");

        assertThat(actors).containsKey("Landesamt für Umwelt und Verbraucherschutz");
        assertThat(actors.get("Landesamt für Umwelt und Verbraucherschutz").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void should_find_institutions_when_a_name_or_a_place_adjective_specifies_the_head() {
        // Without it: "Hermann-Grote-Institut" (a noun to the tagger) and the court of "Das Kölner Landgericht"
        // would be missed or lose the words that say which institute and which court.
        Map<String, Candidate> actors = collect("Das Kölner Landgericht hat den Fall an die Gutachter verwiesen. "
                + "Forscher des Hermann-Grote-Instituts sollen die Proben bis Mai untersuchen, teilte das Gericht mit.");

        assertThat(actors).containsKeys("Kölner Landgericht", "Hermann-Grote-Institut");
        assertThat(actors.get("Hermann-Grote-Institut").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actors).doesNotContainKeys("Landgericht", "Hermann-Grote-Instituts");
    }

    @Test
    void should_type_a_company_when_it_is_named_after_a_company_title() {
        // Without it: a company named once, after "Vorstandschef von", would be dropped as an unknown word.
        Map<String, Candidate> actors = collect("Die Staatsanwaltschaft hat Anklage gegen Jens Marquardt erhoben. "
                + "Marquardt war bis zum Frühjahr Vorstandschef von Veltrona gewesen. Marquardt weist die Vorwürfe zurück.");

        assertThat(actors).containsKey("Veltrona");
        assertThat(actors.get("Veltrona").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void should_drop_abbreviations_and_plural_nouns_when_they_name_things() {
        // Without it: a virus abbreviation without an article and a plural the tagger calls a name became actors.
        Map<String, Candidate> actors = collect("Die Kinderärztin Anna Berger warnt vor einer frühen RSV-Welle. "
                + "Gegen RSV gebe es inzwischen einen Schutz. Neugeborene seien besonders gefährdet, sagte Berger. "
                + "Bei Neugeborenen verlaufe eine Infektion mit RSV oft schwer, viele Neugeborene kämen in die Klinik.");

        assertThat(actors).containsKey("Anna Berger");
        assertThat(actors).doesNotContainKeys("RSV", "Neugeborene");
    }

    @Test
    void should_type_unknown_names_as_persons_when_the_article_lists_them_with_persons() {
        // Without it: a pen name and a first name missing from the word list would be dropped as unknown words,
        // and a place before an apposition ("des Landkreises Uelzen, Jan Böttcher") would become a person.
        Map<String, Candidate> actors = collect("Für den Preis sind nominiert: Gerhard Albers (\"Nachtzug\"), "
                + "Kolberon (\"Das Salz\") und Thomas Wendt (\"Ebbe\"). Der Landrat des Landkreises Uelzen, "
                + "Jan Böttcher, gratulierte am Abend Thomas Wendt und der Kanadierin Ysolde Marchetti.");

        assertThat(actors).containsKeys("Kolberon", "Ysolde Marchetti");
        assertThat(actors.get("Kolberon").type()).isEqualTo(ActorType.PERSON);
        assertThat(actors.get("Ysolde Marchetti").type()).isEqualTo(ActorType.PERSON);
        assertThat(actors).doesNotContainKey("Uelzen");
    }

    @Test
    void should_give_an_organisation_its_kind_as_role_when_the_article_names_the_kind_first() {
        // Without it: "der Gasimporteur Lindvalt" would report Lindvalt without saying what it is.
        Map<String, Candidate> actors = collect("Der Gasimporteur Lindvalt hat am Montag seine Preise erhöht. "
                + "Lindvalt begründete den Schritt mit höheren Einkaufskosten.");

        assertThat(actors.get("Lindvalt").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actors.get("Lindvalt").role()).isEqualTo("Gasimporteur");
    }

    @Test
    void should_keep_a_genitive_with_a_capitalised_adjective_in_the_name_and_drop_codes() {
        // Without it: "Verband des Deutschen Obsthandels" would lose the words that name it, and a virus code
        // written three times ("H7N3") would be reported as an actor.
        Map<String, Candidate> actors = collect("Der Präsident des Verbands des Deutschen Obsthandels, Karl Weidner, "
                + "warnte vor dem Virus H7N3. H7N3 sei in drei Betrieben gefunden worden. Weidner sagte, H7N3 sei "
                + "für Menschen ungefährlich.");

        assertThat(actors).containsKey("Verband des Deutschen Obsthandels");
        assertThat(actors.get("Verband des Deutschen Obsthandels").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actors).doesNotContainKey("H7N3");
    }

    @Test
    void should_take_a_club_or_an_institution_from_the_title_when_the_text_only_describes_it() {
        // Without it: a title naming "1. FC Lindenthal" and "UN-Meereskonferenz", which the prose then calls "der
        // Verein" and "die Konferenz", would leave both out; "EU-Kommission" in the title and "Europäische
        // Kommission" in the text would be two actors.
        Map<String, Candidate> actors = collect("UN-Meereskonferenz und EU-Kommission loben 1. FC Lindenthal\n\n"
                + "Der Verein hat als erster Klub Plastikbecher im Stadion verboten. Die Europäische Kommission "
                + "nannte den Schritt vorbildlich, die Konferenz lud Trainer Ole Brandt nach Lissabon ein.");

        assertThat(actors).containsKeys("UN-Meereskonferenz", "1. FC Lindenthal", "Europäische Kommission");
        assertThat(actors).doesNotContainKey("EU-Kommission");
    }

    private static Map<String, Candidate> collect(String text) {
        List<Candidate> candidates = ActorCollector.collect(text, ArticleAnalyzer.analyze(text));
        return candidates.stream().collect(Collectors.toMap(candidate -> candidate.name(), Function.identity()));
    }
}
