package news.summarizer.core.grounding;

import java.util.regex.Pattern;

/** Recognises German title and function words ("Kremlchef", "US-Außenminister", "Landesvorsitzende"). */
public final class RoleWords {

    private static final Pattern ROLE_WORD = Pattern.compile(
            "(?iu)^[\\p{L}-]*(chef|chefin|minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|sprecher|sprecherin"
                    + "|vorsitzende|vorsitzender|leiter|leiterin|direktor|direktorin|bürgermeister|bürgermeisterin"
                    + "|botschafter|botschafterin|abgeordnete|abgeordneter|senator|senatorin|gouverneur|gouverneurin"
                    + "|general|generalin|könig|königin|premier|premierministerin|papst|vorstand|vorständin|sekretär"
                    + "|sekretärin|kommissar|kommissarin|richter|richterin|anwalt|anwältin|experte|expertin|trainer"
                    + "|trainerin|gründer|gründerin|oberst|kommandeur|diktator|machthaber|staatschef|regierungschef"
                    + "|kollege|kollegin|politiker|politikerin|berater|beraterin|beauftragte|beauftragter"
                    + "|intendant|intendantin|dirigent|dirigentin|regisseur|regisseurin|wirt|wirtin|landrat|landrätin"
                    + "|astronaut|astronautin|pilot|pilotin|titelverteidiger|titelverteidigerin|angeklagte|angeklagter"
                    + "|stellvertreter|stellvertreterin|geschäftsführer|geschäftsführerin|kapitän|kapitänin|autor|autorin"
                    + "|schriftsteller|schriftstellerin|stürmer|stürmerin|torwart|torhüter|torhüterin|verteidiger"
                    + "|verteidigerin|meteorologe|meteorologin|verleger|verlegerin|manager|managerin|ökonom|ökonomin"
                    + "|forscher|forscherin|wissenschaftler|wissenschaftlerin|virologe|virologin|moderator|moderatorin"
                    + "|unternehmer|unternehmerin|investor|investorin|inhaber|inhaberin|bischof|bischöfin|kardinal"
                    + "|aktivist|aktivistin|ermittler|ermittlerin|kandidat|kandidatin|schauspieler|schauspielerin"
                    + "|sänger|sängerin|künstler|künstlerin|fahrer|fahrerin|spieler|spielerin|weltmeister|weltmeisterin"
                    + "|oberbürgermeister|oberbürgermeisterin|staatssekretär|staatssekretärin|dekan|dekanin|rektor|rektorin"
                    + "|professor|professorin|arzt|ärztin|chefarzt|chefärztin|vorsitzende|funktionär|funktionärin)$");

    private RoleWords() {
    }

    public static boolean isRoleWord(String word) {
        return ROLE_WORD.matcher(word).matches();
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
