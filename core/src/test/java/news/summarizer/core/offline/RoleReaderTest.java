package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.summarizer.core.summary.ActorType;
import org.junit.jupiter.api.Test;

/** The late role stage on fictional articles: each test names the construction it reads. */
class RoleReaderTest {

    @Test
    void should_take_a_person_noun_before_the_name_as_role_when_no_title_list_knows_it() {
        // Without the dictionary's person nouns: "Organistin" is in no list of titles, so Rike Albers had no role.
        Map<String, Candidate> actors = roles("Beim Sommerfest in Haldenbrück spielte Organistin Rike Albers "
                + "zum Auftakt. Albers sagte, das Fest solle jedes Jahr stattfinden.");

        assertThat(actors.get("Rike Albers").role()).isEqualTo("Organistin");
    }

    @Test
    void should_read_the_title_at_the_end_of_the_line_before_when_a_line_break_cuts_the_sentence() {
        // Without the line-break rule: a page that breaks the sentence after the title ("…der Kassenwart" / "Jan
        // Oltmann …") leaves the title in another sentence, and Jan Oltmann had no role.
        Map<String, Candidate> actors = roles("Der Segelverein Haldenbrück feiert sein Jubiläum. Die Kasse führt "
                + "seit Jahren der Kassenwart\n\nJan Oltmann, der am Samstag die Gäste begrüßte. Oltmann sagte, der "
                + "Verein wachse.");

        assertThat(actors.get("Jan Oltmann").role()).isEqualTo("Kassenwart");
    }

    @Test
    void should_read_an_apposition_that_opens_with_an_adjective() {
        // Without it: only an apposition that opens with the title itself ("Jan Oltmann, Vorsitzender des …") was
        // read, so "stellvertretender Vorsitzender" after the comma gave no role.
        Map<String, Candidate> actors = roles("Jan Oltmann, stellvertretender Vorsitzender des Segelvereins "
                + "Haldenbrück, kündigte am Montag eine neue Regatta an. Oltmann sagte, die Boote seien bereit.");

        assertThat(actors.get("Jan Oltmann").role()).isEqualTo("stellvertretender Vorsitzender des Segelvereins "
                + "Haldenbrück");
    }

    @Test
    void should_read_an_apposition_after_an_age_in_brackets_and_an_article() {
        // Without it: "(52), der Kassenwart …" was no apposition, so Jan Oltmann had no role.
        Map<String, Candidate> actors = roles("Jan Oltmann (52), der Kassenwart des Segelvereins, zählte am Montag "
                + "die Einnahmen. Oltmann sagte, die Regatta habe sich gelohnt.");

        assertThat(actors.get("Jan Oltmann").role()).isEqualTo("Kassenwart des Segelvereins");
    }

    @Test
    void should_not_take_the_object_of_a_relative_clause_for_an_apposition() {
        // Without the check for what follows the noun phrase: "die Tischler ausbildet" would make Rike Albers a
        // "Tischler", the object of her relative clause.
        Map<String, Candidate> actors = roles("Rike Albers, die Tischler ausbildet, eröffnete am Montag eine "
                + "Werkstatt in Haldenbrück. Albers sagte, die Werkstatt sei gefragt.");

        assertThat(actors.get("Rike Albers").role()).isNull();
    }

    @Test
    void should_read_the_capacity_a_relative_clause_gives_with_als() {
        // Without it: "Rike Albers, die seit Mai als Leiterin des Kirchenchors arbeitet," gave no role.
        Map<String, Candidate> actors = roles("Das Konzert sei ausverkauft, sagte Rike Albers, die seit Mai als "
                + "Leiterin des Kirchenchors arbeitet. Albers rechnet mit vielen Gästen.");

        assertThat(actors.get("Rike Albers").role()).isEqualTo("Leiterin des Kirchenchors");
    }

    @Test
    void should_give_a_definite_description_to_the_only_person_named_just_before() {
        // Without it: "Der Kassenwart sagte …" after a sentence about Jan Oltmann gave him no role.
        Map<String, Candidate> actors = roles("Jan Oltmann zählte am Abend die Einnahmen des Basars in Haldenbrück. "
                + "Der Kassenwart sagte, das Ergebnis sei gut.");

        assertThat(actors.get("Jan Oltmann").role()).isEqualTo("Kassenwart");
    }

    @Test
    void should_read_a_description_after_a_verb_the_tagger_takes_for_a_noun() {
        // Without the dictionary's verbs: the tagger reads "weiß" as a noun (the colour), so "weiß der erfahrene
        // Kassenwart" was no description after a verb and Jan Oltmann had no role.
        Map<String, Candidate> actors = roles("Jan Oltmann zählte die Einnahmen des Basars in Haldenbrück. „Das "
                + "Ergebnis ist gut“, weiß der erfahrene Kassenwart.");

        assertThat(actors.get("Jan Oltmann").role()).isEqualTo("Kassenwart");
    }

    @Test
    void should_not_give_a_definite_description_to_anyone_when_two_persons_were_named_before_it() {
        // Without the one-person condition: "Der Kassenwart" went to one of the two, perhaps the wrong one.
        Map<String, Candidate> actors = roles("Jan Oltmann traf am Abend Rike Albers am Hafen von Haldenbrück. "
                + "Der Kassenwart sagte, das Ergebnis sei gut. Albers und Oltmann lachten.");

        assertThat(actors.get("Jan Oltmann").role()).isNull();
        assertThat(actors.get("Rike Albers").role()).isNull();
    }

    @Test
    void should_not_give_a_description_of_the_other_gender_to_a_person_whose_first_name_shows_the_gender() {
        // Without the gender check: "Die Organistin sagte …" after a sentence that names only Jan Oltmann made him
        // the organist, though the dictionary knows "Jan" as a man's name.
        Map<String, Candidate> actors = roles("Jan Oltmann zählte am Abend die Einnahmen des Basars in Haldenbrück. "
                + "Die Organistin sagte, das Ergebnis sei gut.");

        assertThat(actors.get("Jan Oltmann").role()).isNull();
    }

    @Test
    void should_not_take_a_demonym_for_a_role() {
        // Without the demonym check: "dem Österreicher Jan Oltmann" made "Österreicher" his role, which says where he
        // is from, not what he does.
        Map<String, Candidate> actors = roles("Mit ihrem Kollegen, dem Österreicher Jan Oltmann, flog sie nach "
                + "Haldenbrück. Oltmann sagte, der Flug sei ruhig gewesen.");

        assertThat(actors.get("Jan Oltmann").role()).isNull();
    }

    @Test
    void should_read_a_role_the_sentence_opens_with_and_says_of_the_name() {
        // Without the inverted predicate: "Neue Leiterin des Kirchenchors wird Rike Albers." gave no role.
        Map<String, Candidate> inverted = roles("Neue Leiterin des Kirchenchors wird Rike Albers. Albers sagte am "
                + "Montag, sie freue sich.");

        assertThat(inverted.get("Rike Albers").role()).isEqualTo("Neue Leiterin des Kirchenchors");
    }

    @Test
    void should_give_an_organisation_the_common_noun_before_it_as_role_when_an_article_opens_the_phrase() {
        // Without it: only kinds of company on a short list ("Konzern", "Bank") gave an organisation its role, so
        // "der Reederei Nordlicht AG" had none.
        Map<String, Candidate> actors = roles("Die Tarifverhandlungen mit der Reederei Nordlicht AG scheiterten am "
                + "Montag. Die Nordlicht AG kündigte an, die Fähren fahren zu lassen.");

        assertThat(actors.get("Nordlicht AG").role()).isEqualTo("Reederei");
    }

    @Test
    void should_take_a_person_noun_the_name_finder_took_into_the_name_as_role() {
        // Without it: when the tagger calls the title a name too, the run is "Kantor Lars Brenner" and the title
        // before it is gone, so the actor had no role.
        String text = "Kantor Lars Brenner eröffnete den Basar in Haldenbrück.";
        List<Sentence> sentences = ArticleAnalyzer.analyze(text);
        Sentence sentence = sentences.get(0);
        NameRun run = new NameRun(sentence, 0, 3, "Kantor Lars Brenner", 0);
        Candidate actor = new Candidate("Kantor Lars Brenner", ActorType.PERSON, null, false, List.of(run), 1);

        assertThat(RoleReader.withRole(actor, sentences).role()).isEqualTo("Kantor");
    }

    @Test
    void should_read_the_kind_before_a_mention_the_name_finder_did_not_take_for_a_name() {
        // Without reading every written mention: a page broken into short lines leaves "Korvalo in Haldenbrück" a
        // line of its own, which the name finder reads as a subheading and takes no name from, so the kind before it
        // ("des Versandhändlers" at the end of the line before) was never seen and Korvalo had no role.
        Map<String, Candidate> actors = roles("Viele Kunden des Versandhändlers\n\nKorvalo in Haldenbrück\n\nwarten "
                + "auf Pakete. Korvalo-Chef Jan Oltmann sagte, die Lage bessere sich. Korvalo will neue Lager bauen.");

        assertThat(actors.get("Korvalo").role()).isEqualTo("Versandhändler");
    }

    @Test
    void should_report_the_late_roles_in_the_engines_answer() {
        // Without the stage in OfflineSummaryEngine: the answer's actors kept the roles of the name finder only, and
        // "Organistin Rike Albers" was reported without one.
        var actors = new OfflineSummaryEngine().summarize(OfflineArticles.text("Beim Sommerfest in Haldenbrück "
                + "spielte Organistin Rike Albers zum Auftakt. Albers sagte, das Fest solle jedes Jahr stattfinden. "
                + "Der Segelverein Haldenbrück richtet das Fest seit zehn Jahren aus.")).draft().actors();

        assertThat(actors).filteredOn(actor -> actor.name().equals("Rike Albers"))
                .extracting(actor -> actor.role()).containsExactly("Organistin");
    }

    @Test
    void should_read_the_title_across_an_academic_degree() {
        // Without skipping the degree: the word before "Rike Albers" is "Dr.", no title, so she had no role.
        Map<String, Candidate> actors = roles("Beim Sommerfest in Haldenbrück sprach Kantorin Dr. Rike Albers "
                + "zum Auftakt. Albers sagte, das Fest solle jedes Jahr stattfinden.");

        assertThat(actors.get("Rike Albers").role()).isEqualTo("Kantorin");
    }

    @Test
    void should_read_two_titles_joined_by_und_before_the_name() {
        // Without the coordination: only the title next to the name counted ("Organistin"), though the first one
        // ("Kantorin") is as much hers and often the one the article leads with.
        Map<String, Candidate> actors = roles("Beim Sommerfest in Haldenbrück sprach Kantorin und Organistin Rike "
                + "Albers zum Auftakt. Albers sagte, das Fest solle jedes Jahr stattfinden.");

        assertThat(actors.get("Rike Albers").role()).isEqualTo("Kantorin und Organistin");
    }

    @Test
    void should_read_the_title_before_und_when_the_noun_next_to_the_name_is_none() {
        // Without it: "Pechvogel" next to the name is no title, so Jan Oltmann had no role, though "Ex-Kassenwart"
        // before "und" says what he is.
        Map<String, Candidate> actors = roles("Die Regatta in Haldenbrück gewann Ex-Kassenwart und Pechvogel Jan "
                + "Oltmann. Oltmann sagte, der Wind sei gut gewesen.");

        assertThat(actors.get("Jan Oltmann").role()).isEqualTo("Ex-Kassenwart");
    }

    @Test
    void should_give_a_plural_title_before_two_joined_names_to_the_second_name_too() {
        // Without it: "den Kantorinnen Rike Albers und Ada Brink" gave the title to Rike Albers only, the word before
        // "Ada Brink" being "und".
        Map<String, Candidate> actors = roles("Das Konzert in Haldenbrück wurde von den Kantorinnen Rike Albers und "
                + "Ada Brink geplant. Brink sagte, die Kirche sei voll gewesen. Albers lobte den Chor.");

        assertThat(actors.get("Ada Brink").role()).isEqualTo("Kantorin");
    }

    @Test
    void should_read_an_apposition_that_opens_with_a_capitalised_adjective_of_the_title() {
        // Without it: only lower-case adjectives opened an apposition, so "Technischer Leiter" gave no role.
        Map<String, Candidate> actors = roles("Jan Oltmann, Technischer Leiter der Werft Haldenbrück, stellte am "
                + "Montag das neue Schiff vor. Oltmann sagte, es sei schnell.");

        assertThat(actors.get("Jan Oltmann").role()).isEqualTo("Technischer Leiter der Werft Haldenbrück");
    }

    @Test
    void should_read_an_apposition_of_two_joined_titles_with_a_long_complement() {
        // Without the coordination and the longer complement: "Organistin und Leiterin …" was cut at "und" and the
        // apposition, which ends only after seven words of complement, was taken for no apposition.
        Map<String, Candidate> actors = roles("Das Konzert plante Rike Albers, Organistin und Leiterin des Chors der "
                + "Gemeinde St. Marien im Norden von Haldenbrück. Albers sagte, die Kirche sei voll gewesen.");

        assertThat(actors.get("Rike Albers").role()).isEqualTo("Organistin und Leiterin des Chors der Gemeinde St. "
                + "Marien im Norden von Haldenbrück");
    }

    @Test
    void should_read_als_in_a_relative_clause_after_the_verb_that_ends_the_main_clause() {
        // Without it: the verb "übernehmen" stood between the name and the relative clause, and "als" came six
        // words into it, so Jan Oltmann had no role.
        Map<String, Candidate> actors = roles("Im Mai wird Rike Albers das Amt von Jan Oltmann übernehmen, der sich "
                + "nach zwölf Jahren als Kassenwart nicht mehr zur Wahl stellte. Oltmann sagte, er freue sich.");

        assertThat(actors.get("Jan Oltmann").role()).isEqualTo("Kassenwart");
    }

    @Test
    void should_read_the_title_of_the_one_who_does_what_the_relative_clause_says() {
        // Without it: "die den Kirchenchor leitet" says that Rike Albers is its "Leiterin", but no noun for a person
        // stands in the clause, so she had no role.
        Map<String, Candidate> actors = roles("„Wir proben jeden Dienstag“, sagte Rike Albers, die den Kirchenchor "
                + "in Haldenbrück leitet. Albers rechnet mit vielen Gästen.");

        assertThat(actors.get("Rike Albers").role()).isEqualTo("Leiterin");
    }

    @Test
    void should_not_make_a_title_of_a_verb_whose_doer_is_no_title() {
        // Without the check against the titles: "kennt" would make Rike Albers a "Kennerin".
        Map<String, Candidate> actors = roles("„Wir proben jeden Dienstag“, sagte Rike Albers, die den Kirchenchor "
                + "seit Jahren kennt. Albers rechnet mit vielen Gästen.");

        assertThat(actors.get("Rike Albers").role()).isNull();
    }

    @Test
    void should_not_make_a_title_of_a_relative_clause_without_an_object_or_of_a_noun_no_dictionary_knows() {
        // Without the object and dictionary checks: "die gern Klavier spielt" made Rike Albers a "Spielerin", and
        // "der das Lob gern ausspricht" made Jan Oltmann an "Aussprecher" (it ends in "-sprecher").
        Map<String, Candidate> pianist = roles("„Wir proben jeden Dienstag“, sagte Rike Albers, die gern Klavier "
                + "spielt. Albers rechnet mit vielen Gästen.");
        Map<String, Candidate> cyclist = roles("„Die Straße ist zu eng“, sagte Jan Oltmann, der das Lob gern "
                + "ausspricht. Oltmann rechnet mit Widerstand.");

        assertThat(cyclist.get("Jan Oltmann").role()).isNull();
        assertThat(pianist.get("Rike Albers").role()).isNull();
    }

    @Test
    void should_read_the_role_a_copula_gives_the_name() {
        // Without it: "ist Jan Oltmann neuer Kassenwart" was read only with the role first ("Neuer Kassenwart ist
        // …"), so Jan Oltmann had no role.
        Map<String, Candidate> verbFirst = roles("Seit Montag ist Jan Oltmann neuer Kassenwart des Segelvereins. "
                + "Oltmann sagte, die Kasse sei gut gefüllt.");
        Map<String, Candidate> nameFirst = roles("Nach der Wahl im Hafen von Haldenbrück steht es fest: Jan Oltmann "
                + "ist neuer Kassenwart. Oltmann sagte, die Kasse sei gut gefüllt.");

        assertThat(verbFirst.get("Jan Oltmann").role()).isEqualTo("neuer Kassenwart des Segelvereins");
        assertThat(nameFirst.get("Jan Oltmann").role()).isEqualTo("neuer Kassenwart");
    }

    @Test
    void should_replace_the_title_of_someone_else_that_an_organisation_was_given_by_its_kind() {
        // Without it: "Geschäftsführer Korvalo" (Jan Oltmann's title and firm) made the firm Korvalo a
        // "Geschäftsführer", though the article calls it "der Versandhändler Korvalo".
        String text = "Der Versandhändler Korvalo baut ein Lager in Haldenbrück. „Wir wachsen“, sagte Jan Oltmann, "
                + "Geschäftsführer Korvalo.";
        List<Sentence> sentences = ArticleAnalyzer.analyze(text);
        Sentence first = sentences.get(0);
        NameRun run = new NameRun(first, 2, 3, "Korvalo", text.indexOf("Korvalo"));
        Candidate firm = new Candidate("Korvalo", ActorType.ORGANIZATION, "Geschäftsführer", false, List.of(run), 2);

        assertThat(RoleReader.withRole(firm, sentences).role()).isEqualTo("Versandhändler");
    }

    @Test
    void should_give_a_person_role_to_an_actor_of_no_known_kind() {
        // Without it: an actor the typing left of no known kind (a surname alone, "Albers", who speaks, so the entity
        // typing takes it for a person) got no role at all, though "die Organistin" after a sentence about her says
        // what she is.
        String text = "Beim Sommerfest in Haldenbrück sagte Albers, sie spiele zum Auftakt. Danach sagte die "
                + "Organistin, das Fest sei schön.";
        List<Sentence> sentences = ArticleAnalyzer.analyze(text);
        Sentence first = sentences.get(0);
        int at = 0;
        while (!first.words().get(at).is("Albers")) {
            at++;
        }
        NameRun run = new NameRun(first, at, at + 1, "Albers", text.indexOf("Albers"));
        Candidate albers = new Candidate("Albers", ActorType.OTHER, null, false, List.of(run), 1);

        assertThat(RoleReader.withRole(albers, sentences, List.of(albers)).role()).isEqualTo("Organistin");
    }

    @Test
    void should_read_the_kind_of_an_organisation_after_a_weak_adjective_and_before_a_quoted_name() {
        // Without it: the kind noun "Versandhaus" had to follow an article and come right before the name, so "das
        // 2019 gegründete Versandhaus „Korvalo“" gave Korvalo no role.
        String text = "Das im Jahr 2019 in Haldenbrück gegründete Versandhaus „Korvalo“ baut ein Lager. Korvalo will "
                + "wachsen.";
        List<Sentence> sentences = ArticleAnalyzer.analyze(text);
        Sentence first = sentences.get(0);
        int at = 0;
        while (!first.words().get(at).is("Korvalo")) {
            at++;
        }
        NameRun run = new NameRun(first, at, at + 1, "Korvalo", text.indexOf("Korvalo"));
        Candidate firm = new Candidate("Korvalo", ActorType.ORGANIZATION, null, false, List.of(run), 2);

        assertThat(RoleReader.withRole(firm, sentences).role()).isEqualTo("Versandhaus");
    }

    @Test
    void should_give_a_description_to_a_person_whose_name_contains_another_persons_name() {
        // Without counting a mention inside another once: "Jan Oltmann Jr." also holds "Jan Oltmann" (his father,
        // named later), so two persons seemed named before "Der Mittelfeldler" and neither got the role.
        String text = "Jan Oltmann Jr. spielt seit Mai in Haldenbrück. Der Mittelfeldler sagte, er wolle viel lernen. "
                + "Sein Vater Jan Oltmann sah zu.";
        List<Sentence> sentences = ArticleAnalyzer.analyze(text);
        Sentence first = sentences.get(0);
        Sentence last = sentences.get(sentences.size() - 1);
        int father = 0;
        while (!last.words().get(father).is("Jan")) {
            father++;
        }
        Candidate son = new Candidate("Jan Oltmann Jr.", ActorType.PERSON, null, false,
                List.of(new NameRun(first, 0, 3, "Jan Oltmann Jr.", 0)), 1);
        Candidate parent = new Candidate("Jan Oltmann", ActorType.PERSON, null, false, List.of(new NameRun(last,
                father, father + 2, "Jan Oltmann", text.lastIndexOf("Jan Oltmann"))), 1);

        assertThat(first.words().get(2).text()).isEqualTo("Jr.");
        assertThat(RoleReader.withRole(son, sentences, List.of(son, parent)).role()).isEqualTo("Mittelfeldler");
    }

    @Test
    void should_leave_an_adverb_before_the_role_of_a_copula_out() {
        // Without the adjective's ending: "war lange Kassenwart" made "lange Kassenwart" his role; without an article
        // an adjective of a masculine noun ends in -er ("neuer Kassenwart").
        Map<String, Candidate> actors = roles("Nach der Wahl im Hafen von Haldenbrück steht es fest: Jan Oltmann "
                + "war lange Kassenwart. Oltmann sagte, die Kasse sei gut gefüllt.");

        assertThat(actors.get("Jan Oltmann").role()).isEqualTo("Kassenwart");
    }

    @Test
    void should_cut_articles_and_prepositions_a_cut_left_at_the_end_of_a_role() {
        // Without it: an apposition cut after seven words ended in "in der", and the answer showed "Präsident des
        // Vereins der Segler in der".
        assertThat(RoleReader.tidy("Präsident des Vereins der Segler in der")).isEqualTo("Präsident des Vereins der "
                + "Segler");
        assertThat(RoleReader.tidy("Kassenwart")).isEqualTo("Kassenwart");
    }

    @Test
    void should_drop_a_role_that_holds_the_name_of_the_next_person_in_a_list() {
        // Without it: in "…, Jan Oltmann, Bischof Anna Brink, Präsidentin …" the apposition after Jan Oltmann's
        // comma, "Bischof Anna Brink", was his role.
        Map<String, Candidate> actors = roles("Zum Empfang in Haldenbrück kamen Rike Albers, Jan Oltmann, Bischof "
                + "Anna Brink, Präsidentin des Kirchenrats, und viele andere. Oltmann sagte, der Empfang sei schön.");

        assertThat(actors.get("Jan Oltmann").role()).isNull();
        assertThat(RoleReader.tidy("Leiter des Max Planck Instituts")).isEqualTo("Leiter des Max Planck Instituts");
    }

    @Test
    void should_not_take_a_capitalised_adjective_before_an_organisation_for_its_kind() {
        // Without the adjective check: "der Nordischen Reedereigruppe" made "Nordische" the kind of the group, for the
        // dictionary also knows "Nordische" as a noun. The kind the name itself opens with is read instead.
        String text = "Die Fähren der Nordischen Reedereigruppe Korvalo fahren wieder. Korvalo will wachsen.";
        List<Sentence> sentences = ArticleAnalyzer.analyze(text);
        Sentence first = sentences.get(0);
        int at = 0;
        while (!first.words().get(at).is("Reedereigruppe")) {
            at++;
        }
        NameRun run = new NameRun(first, at, at + 2, "Reedereigruppe Korvalo", text.indexOf("Reedereigruppe"));
        Candidate firm = new Candidate("Reedereigruppe Korvalo", ActorType.ORGANIZATION, null, false, List.of(run), 2);

        assertThat(RoleReader.withRole(firm, sentences).role()).isEqualTo("Reedereigruppe");
    }

    @Test
    void should_give_the_description_after_so_that_names_a_speaker() {
        // Without "so": a description counted only right after a verb ("sagte die Kantorin"), so "„…“, so die
        // Kantorin." gave Rike Albers no role.
        Map<String, Candidate> actors = roles("Rike Albers plant das Konzert in Haldenbrück. „Die Kirche wird voll "
                + "sein“, so die Kantorin. Albers rechnet mit vielen Gästen.");

        assertThat(actors.get("Rike Albers").role()).isEqualTo("Kantorin");
    }

    @Test
    void should_read_the_capacity_als_gives_the_owner_of_a_noun() {
        // Without it: "Jan Oltmanns erste Regatta als neuer Kassenwart" names his role only after the noun he owns,
        // so he had none.
        Map<String, Candidate> actors = roles("Der Segelverein Haldenbrück feierte am Sonntag Jan Oltmanns erste "
                + "Regatta als neuer Kassenwart. Oltmann sagte, die Kasse sei voll.");

        assertThat(actors.get("Jan Oltmann").role()).isEqualTo("neuer Kassenwart");
    }

    @Test
    void should_not_give_a_person_title_to_an_acting_town_of_no_known_kind() {
        // Without the entity typing's verdict: every actor of no known kind was read as a person, so a town that acts
        // ("Haldenbrück beschloss …") took "Der Bürgermeister" of the next sentence as its role.
        String text = "Haldenbrück beschloss am Montag ein neues Bad. Der Bürgermeister sagte, es werde im Mai eröffnet.";
        List<Sentence> sentences = ArticleAnalyzer.analyze(text);
        NameRun run = new NameRun(sentences.get(0), 0, 1, "Haldenbrück", 0);
        Candidate town = new Candidate("Haldenbrück", ActorType.OTHER, null, false, List.of(run), 1);

        assertThat(RoleReader.withRole(town, sentences, List.of(town)).role()).isNull();
    }

    /** The actors of the article by name, with the roles the late stage gives them. */
    // Fifth session (docs/names-and-entities.md, "Roles on text nobody tuned on"): constructions read on the fresh set
    // U and the devset, each with a fictional text of ours.

    @Test
    void should_read_an_apposition_whose_noun_names_no_person_by_itself() {
        // Without it: "Mitglied" has no feminine form, so the dictionary does not show it names a person, and the
        // apposition gave no role.
        Map<String, Candidate> actors = roles("Am Montag erklärte Jan Oltmann, Mitglied im Vorstand des Segelvereins "
                + "Haldenbrück, die Regatta sei gesichert. Oltmann freut sich.");

        assertThat(actors.get("Jan Oltmann").role()).isEqualTo("Mitglied im Vorstand des Segelvereins Haldenbrück");
    }

    @Test
    void should_read_an_apposition_across_a_cut_compound_and_a_bracketed_abbreviation() {
        // Without the cut compound ("Segel- und Ruderverbandes") the complement ended at "und", and without the
        // bracket the apposition did not end in punctuation: no role.
        Map<String, Candidate> actors = roles("Dazu erklärt Jan Oltmann, Mitglied im Vorstand des Segel- und "
                + "Ruderverbandes (SRV): Wir freuen uns. Oltmann sagte, das sei gut.");

        assertThat(actors.get("Jan Oltmann").role()).isEqualTo("Mitglied im Vorstand des Segel- und Ruderverbandes");
    }

    @Test
    void should_read_the_kind_an_organisations_name_opens_with() {
        // Without it: the name finder took the kind into the name ("Nachrichtenagentur Kolpa"), so no word before
        // the name said what it is, and the agency had no role.
        Map<String, Candidate> actors = roles("Die Regatta fällt aus, wie die Nachrichtenagentur Kolpa berichtete. "
                + "Kolpa berief sich auf den Verein.");

        assertThat(actors.get("Nachrichtenagentur Kolpa").role()).isEqualTo("Nachrichtenagentur");
    }

    @Test
    void should_not_take_an_abbreviation_an_organisations_name_opens_with_for_its_kind() {
        // Without the check: "FC" is a common noun to the dictionary and would become the club's kind.
        Map<String, Candidate> actors = roles("Der FC Kolbrix gewann am Samstag in Haldenbrück. Kolbrix führt die "
                + "Tabelle an.");

        assertThat(actors.values()).allSatisfy(actor -> assertThat(actor.role()).isNotEqualTo("FC"));
    }

    @Test
    void should_read_the_capacity_als_gives_right_after_a_persons_name() {
        // Without it: "als" was read only in a relative clause or after a noun the name owns.
        Map<String, Candidate> actors = roles("Seit Mai arbeitet Rike Albers als Leiterin des Kirchenchors in "
                + "Haldenbrück. Albers probt jeden Dienstag.");

        assertThat(actors.get("Rike Albers").role()).isEqualTo("Leiterin des Kirchenchors in Haldenbrück");
    }

    @Test
    void should_read_an_apposition_after_an_adverb() {
        // Without skipping the adverb: "damals Kassenwart" does not open with an article, an adjective or a noun,
        // so the apposition gave no role.
        Map<String, Candidate> actors = roles("Jan Oltmann, damals Kassenwart des Segelvereins, kündigte eine "
                + "Regatta an. Oltmann sagte, die Boote seien bereit.");

        assertThat(actors.get("Jan Oltmann").role()).isEqualTo("Kassenwart des Segelvereins");
    }

    @Test
    void should_read_the_capacity_als_gives_after_a_longer_form_of_an_organisations_name() {
        // Without it: the company had no role; "Bauherrin" after "als" says what it is in the project.
        Map<String, Candidate> actors = roles("Das Hafenprojekt, für das die Kolbrix Group als Bauherrin auftritt, "
                + "ist das größte der Region. Kolbrix baut seit Mai.");

        assertThat(actors.get("Kolbrix Group").role()).isEqualTo("Bauherrin");
    }

    @Test
    void should_keep_only_a_genitive_after_the_noun_that_als_gives() {
        // Without the check: "unter Druck" goes on with the clause but was read as part of the role.
        Map<String, Candidate> actors = roles("Im Streit um das Hafenprojekt sieht sich die Kolbrix Group als "
                + "Bauherrin unter Druck. Kolbrix baut seit Mai.");

        assertThat(actors.get("Kolbrix Group").role()).isEqualTo("Bauherrin");
    }

    @Test
    void should_read_both_titles_joined_by_und_when_the_nearer_one_is_a_known_title() {
        // Without it: the earlier stage read only the title next to the name ("Vorsitzende"), so "Kassenwart", as
        // often the office the article is about, was lost.
        Map<String, Candidate> actors = roles("„Wir sind bereit“, sagte der Kassenwart und Vorsitzende Jan "
                + "Oltmann. Oltmann zählte die Kasse.");

        assertThat(actors.get("Jan Oltmann").role()).isEqualTo("Kassenwart und Vorsitzende");
    }

    private static Map<String, Candidate> roles(String text) {
        List<Sentence> sentences = ArticleAnalyzer.analyze(text);
        List<Candidate> named = ActorCollector.typed(text, sentences);
        return ActorCollector.collect(text, sentences).stream()
                .map(candidate -> RoleReader.withRole(candidate, sentences, named))
                .collect(Collectors.toMap(Candidate::name, Function.identity(), (a, b) -> a));
    }
}
