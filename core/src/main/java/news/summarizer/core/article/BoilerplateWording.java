package news.summarizer.core.article;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a paragraph's own words say when its markup says nothing: a label or heading that opens a part of the page
 * frame ("Mehr zum Thema", "Lesen Sie auch", "Kontakt:"), a call to share, like, log in or subscribe, or a caption's
 * credit line ("Foto: …", "… (Bild: …)"). Such paragraphs sit inside the article's own element on many pages, where
 * no class name gives them away. Every such word list lives here, once; each entry is a regular expression in lower
 * case, matched against the lower-cased paragraph, and each is tested on a fictional page (BoilerplateWordingTest).
 */
final class BoilerplateWording {

    /** Labels and section headings are short: a line, not a sentence of the text. */
    static final int MAX_HEADING_CHARACTERS = 60;
    /** Calls to action and credit lines are a sentence or two; a paragraph longer than this is text. */
    static final int MAX_NOTICE_CHARACTERS = 300;

    /** A whole paragraph that is only this label (a colon may follow) names a part of the frame. */
    static final List<String> FRAME_LABELS = List.of("kontakt", "tags", "themen", "schlagwörter",
            "inhaltsverzeichnis", "quellen", "quellenangaben", "quellen ausblenden", "externer inhalt",
            "originalpublikation", "zusatzinformationen", "weitere informationen", "kommentieren", "über den autor",
            "über die autorin");

    /**
     * A short paragraph without a full stop that begins so opens the page's related or further-reading part: "Mehr
     * zum Thema Bäder", "Weitere Beiträge aus der Kolumne:", "Schon gelesen?".
     */
    static final List<String> SECTION_OPENERS = List.of("mehr (zum thema\\b|(zu[mr]?|von|aus) )",
            "weitere (themen|beiträge|artikel|nachrichten|meldungen|infos)\\b", "lesen sie (auch|mehr)\\b",
            "lies auch\\b", "auch interessant\\b",
            "schon gelesen\\b", "zum weiterlesen\\b", "weiterlesen:", "ähnliche (themen|artikel|beiträge)\\b",
            "neueste (artikel|beiträge)\\b", "(die )?meistgelesenen?\\b", "entdecken sie jetzt\\b",
            "related( (stories|posts|articles|coverage))?\\b", "explore further\\b", "you may also like\\b");

    /** Words that ask the reader to act on the page rather than tell them something: share, like, subscribe. */
    static final List<String> CALLS_TO_ACTION = List.of(
            "newsletter\\b.*\\b(abonnieren|anmelden|bestellen|eintragen)",
            "(abonnieren|melde dich|melden sie sich)\\b.*\\bnewsletter",
            "^(jetzt |diesen )?(artikel |beitrag )?teilen( (mit|auf|per|via)\\b[^.?]*)?\\W*$",
            "(möchten|willst) (sie|du) (den|diesen) (artikel|beitrag) teilen",
            "^gefällt mir(:|\\W*$| wird geladen)",
            "gefällt (ihnen|dir) (dieser|der|unser) (artikel|beitrag|text)",
            "(dieser|der) (artikel|beitrag) gefällt (ihnen|dir)",
            "(könnte|dürfte) (dich|sie|euch) auch interessieren",
            "^jetzt (kostenlos |gratis )?(für [^.!?]{1,40} )?(anmelden|abonnieren|registrieren)\\W*$",
            "\\bunsere[nm]? [\\p{L}-]*newsletter",
            "^werden? (sie |du )?(jetzt )?mitglied\\b",
            "this entry was posted in\\b",
            "^(hat|war) (ihnen |dir )?(der|dieser) (artikel|beitrag) (gefallen|nützlich|hilfreich)",
            "(einloggen|anmelden),? um\\b.*\\b(kommentieren|diskussion|weiterzulesen)",
            "als pdf herunterladen",
            "^wird geladen\\b",
            "^(rezept|artikel|seite) drucken\\b",
            "^bild anzeigen\\b",
            "subscribe (now|to|for)\\b",
            "sign(ing)? up (for|to) our\\b",
            "download (the|our) .*\\bapps?\\b",
            "follow (us|the) .*\\bon (twitter|facebook|instagram)",
            "folge?n? (sie |du )?uns auf\\b",
            "like it\\? share it");

    /** A caption's credit: "Foto: Jana Berg", "Titelbild: Agentur", "… am Ufer. (Bild: Stadtarchiv)", "© Verlag". */
    static final List<String> CREDITS = List.of(
            "^\\(?(foto|fotos|bild|titelbild|beitragsbild|bildquelle|quelle|abbildung|abb\\.|grafik|credit|photo)"
                    + "\\s*(\\d+\\s*)?:",
            "^photograph by\\b",
            "[(|] ?(foto|fotos|bild|credit|photo): [^()]*\\)?$",
            "© [^.]*$");

    /** A date stamp is a line, and at most one word of its own besides the date: "Aktualisiert: 12.03.2024, 14:05". */
    static final int MAX_DATE_STAMP_CHARACTERS = 60;
    private static final int MAX_DATE_STAMP_WORDS = 1;
    private static final Pattern DATE = date();
    /** A time counts only beside a date: "Endstand 21:19" is a result, not a stamp. */
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}( Uhr)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACE = Pattern.compile("\\h+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    // the entries are lower case and matched against the lower-cased paragraph: case-sensitive matching of the
    // unanchored entries at every position of every short paragraph costs a third of case-insensitive matching
    private static final Pattern FRAME_LABEL = Pattern.compile("(" + String.join("|", FRAME_LABELS) + ") ?:?");
    private static final Pattern SECTION_OPENER = Pattern.compile("(" + String.join("|", SECTION_OPENERS) + ")");
    private static final Pattern NOTICE_AT_START = notices(true);
    private static final Pattern NOTICE_ANYWHERE = notices(false);

    private BoilerplateWording() {
    }

    /**
     * Whether the paragraph is page frame by its words alone: a label, a section heading, a call to action, a credit,
     * or the page's date stamp.
     */
    static boolean isFrame(String paragraph) {
        if (paragraph.length() >= 2 * MAX_NOTICE_CHARACTERS) {
            return false; // text for certain, whatever its spaces
        }
        String text = SPACE.matcher(paragraph).replaceAll(" ").strip(); // a no-break space is a space here
        if (text.length() >= MAX_NOTICE_CHARACTERS) {
            return false;
        }
        if (isDateStamp(text)) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        // a heading ends without a full stop: "Mehr zum Thema", but "Mehr von den Plänen wollte sie nicht sagen."
        if (text.length() < MAX_HEADING_CHARACTERS && (FRAME_LABEL.matcher(lower).matches()
                || SECTION_OPENER.matcher(lower).lookingAt() && !text.endsWith("."))) {
            return true;
        }
        return NOTICE_AT_START.matcher(lower).lookingAt() || NOTICE_ANYWHERE.matcher(lower).find();
    }

    /** The entries that must match at the paragraph's start (they begin with "^"), or those that may match anywhere. */
    private static Pattern notices(boolean atStart) {
        List<String> entries = new ArrayList<>();
        for (String entry : concat(CALLS_TO_ACTION, CREDITS)) {
            if (entry.startsWith("^") == atStart) {
                entries.add(atStart ? entry.substring(1) : entry);
            }
        }
        return Pattern.compile("(?:" + String.join("|", entries) + ")");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * A line that is a date (with or without a time) and at most one word more: the page's "Aktualisiert: 12.03.2024, 14:05",
     * "3. März 2024", "March 3, 2024", not "Termin: 29.02.2024, 19 Uhr im Rathaus", which tells the reader something.
     */
    static boolean isDateStamp(String text) {
        if (text.length() >= MAX_DATE_STAMP_CHARACTERS || !DATE.matcher(text).find()) {
            return false;
        }
        String rest = TIME.matcher(DATE.matcher(text).replaceAll(" ")).replaceAll(" ");
        return WORD.matcher(rest).results().count() <= MAX_DATE_STAMP_WORDS;
    }

    /** 12.03.2024, 12.3.24, 2024-03-12, 3. März 2024, 3 Mar 2024, March 3, 2024; month names from java.time. */
    private static Pattern date() {
        Set<String> months = new LinkedHashSet<>();
        for (Month month : Month.values()) {
            for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                    months.add(Pattern.quote(month.getDisplayName(style, locale).replace(".", "")));
                }
            }
        }
        String month = "(" + String.join("|", months) + ")\\.?";
        return Pattern.compile("\\b\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(\\d{4}|\\d{2})\\b"
                + "|\\b\\d{4}-\\d{2}-\\d{2}"
                + "|\\b\\d{1,2}\\.? " + month + " \\d{4}\\b"
                + "|\\b" + month + " \\d{1,2},? \\d{4}\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
