package news.summarizer.core.text;

/** Whether two spellings of one name differ by one slip: a letter left out, added, changed, or two swapped. */
public final class Spelling {

    /** Names shorter than this differ in one letter as often as they are misspelt ("Rom", "Ulm", "Bonn"/"Born"). */
    private static final int MIN_LENGTH = 6;

    private Spelling() {
    }

    public static boolean oneSlipApart(String a, String b) {
        if (a.equals(b) || a.length() < MIN_LENGTH || b.length() < MIN_LENGTH || Math.abs(a.length() - b.length()) > 1
                || a.charAt(0) != b.charAt(0) || a.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return swapped || a.substring(i + 1).equals(b.substring(i + 1));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
