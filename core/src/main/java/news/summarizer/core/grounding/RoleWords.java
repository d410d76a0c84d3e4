package news.summarizer.core.grounding;

import java.util.Locale;
import java.util.Set;

/** Recognises German title and function words ("Kremlchef", "US-Außenminister", "Landesvorsitzende"). */
public final class RoleWords {

    /** Title endings, lower case: a word ending in one ("Kremlchef", "US-Außenminister") is a title. */
    private static final Set<String> ROLE_ENDINGS = Set.of(
            "chef", "chefin", "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin",
            "sprecher", "sprecherin", "vorsitzende", "vorsitzender", "leiter", "leiterin", "direktor", "direktorin",
            "bürgermeister", "bürgermeisterin", "botschafter", "botschafterin", "abgeordnete", "abgeordneter",
            "senator", "senatorin", "gouverneur", "gouverneurin", "general", "generalin", "könig", "königin",
            "premier", "premierministerin", "papst", "vorstand", "vorständin", "sekretär", "sekretärin", "kommissar",
            "kommissarin", "richter", "richterin", "anwalt", "anwältin", "experte", "expertin", "trainer",
            "trainerin", "gründer", "gründerin", "oberst", "kommandeur", "diktator", "machthaber", "staatschef",
            "regierungschef", "kollege", "kollegin", "politiker", "politikerin", "berater", "beraterin",
            "beauftragte", "beauftragter", "intendant", "intendantin", "dirigent", "dirigentin", "regisseur",
            "regisseurin", "wirt", "wirtin", "landrat", "landrätin", "astronaut", "astronautin", "pilot", "pilotin",
            "titelverteidiger", "titelverteidigerin", "angeklagte", "angeklagter", "stellvertreter",
            "stellvertreterin", "geschäftsführer", "geschäftsführerin", "kapitän", "kapitänin", "autor", "autorin",
            "schriftsteller", "schriftstellerin", "stürmer", "stürmerin", "torwart", "torhüter", "torhüterin",
            "verteidiger", "verteidigerin", "meteorologe", "meteorologin", "verleger", "verlegerin", "manager",
            "managerin", "ökonom", "ökonomin", "forscher", "forscherin", "wissenschaftler", "wissenschaftlerin",
            "virologe", "virologin", "moderator", "moderatorin", "unternehmer", "unternehmerin", "investor",
            "investorin", "inhaber", "inhaberin", "bischof", "bischöfin", "kardinal", "aktivist", "aktivistin",
            "ermittler", "ermittlerin", "kandidat", "kandidatin", "schauspieler", "schauspielerin", "sänger",
            "sängerin", "künstler", "künstlerin", "fahrer", "fahrerin", "spieler", "spielerin", "weltmeister",
            "weltmeisterin", "oberbürgermeister", "oberbürgermeisterin", "staatssekretär", "staatssekretärin",
            "dekan", "dekanin", "rektor", "rektorin", "professor", "professorin", "arzt", "ärztin", "chefarzt",
            "chefärztin", "funktionär", "funktionärin", "linksaußen", "rechtsaußen", "keeper", "kreisläufer",
            "kreisläuferin", "spielmacher", "spielmacherin");

    /**
     * What every ending shares, so that a word is tested only where one could start (every capitalised word of every
     * article is asked, up to four times): the shortest and longest ending, and the letters endings end in.
     */
    private static final int SHORTEST_ENDING = ROLE_ENDINGS.stream().mapToInt(String::length).min().orElse(0);
    private static final int LONGEST_ENDING = ROLE_ENDINGS.stream().mapToInt(String::length).max().orElse(0);
    private static final String LAST_LETTERS = ROLE_ENDINGS.stream().map(ending -> ending.substring(ending.length() - 1))
            .distinct().collect(java.util.stream.Collectors.joining());

    private RoleWords() {
    }

    /** Whether the word, or its last part after any prefix ("Bundes-", "Vize-", "US-"), is a title word. */
    public static boolean isRoleWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false; // the pattern this replaces only allowed letters and hyphens before the ending
            }
        }
        if (lower.isEmpty() || LAST_LETTERS.indexOf(lower.charAt(lower.length() - 1)) < 0) {
            return false;
        }
        for (int i = Math.max(0, lower.length() - LONGEST_ENDING); i <= lower.length() - SHORTEST_ENDING; i++) {
            if (ROLE_ENDINGS.contains(lower.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /** The leading title word of a name such as "Kremlchef Putin", or null. */
    static String roleIn(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length > 1 && isRoleWord(words[0])) {
            return words[0];
        }
        return null;
    }
}
