package news.summarizer.core.offline;

/**
 * The word classes of the part-of-speech model's {@code wc=} features, exactly as OpenNLP 2.5 computes them
 * ({@code FeatureGeneratorUtil.tokenFeature} over {@code StringPattern.recognize}): "lc" all lower-case letters,
 * "ic" initial capital, "ac" all capitals, "2d"/"4d" two or four digits, "an" digits and letters, "cp" a capital and a
 * period ("A."), and so on. Its quirks are kept, because the model was trained with them: a word of Greek or Cyrillic
 * letters counts as "jah" (Hiragana), since only Latin and common characters clear that flag.
 */
final class WordClass {

    static final String[] NAMES = {"jah", "jak", "lc", "2d", "4d", "an", "dd", "ds", "dc", "dp", "num", "sc", "ac", "cp",
        "ic", "other"};
    private static final int HIRAGANA_CLASS = 0;
    private static final int KATAKANA_CLASS = 1;
    private static final int LOWER_CASE_CLASS = 2;
    private static final int TWO_DIGITS = 3;
    private static final int FOUR_DIGITS = 4;
    private static final int ALPHANUMERIC = 5;
    private static final int DIGITS_AND_HYPHEN = 6;
    private static final int DIGITS_AND_SLASH = 7;
    private static final int DIGITS_AND_COMMA = 8;
    private static final int DIGITS_AND_PERIOD = 9;
    private static final int NUMBER = 10;
    private static final int SINGLE_CAPITAL = 11;
    private static final int ALL_CAPITALS = 12;
    private static final int CAPITAL_PERIOD = 13;
    private static final int INITIAL_CAPITAL = 14;
    private static final int OTHER = 15;

    private static final int INITIAL_CAPITAL_LETTER = 1;
    private static final int ALL_CAPITAL_LETTER = 1 << 1;
    private static final int ALL_LOWER_CASE_LETTER = 1 << 2;
    private static final int ALL_LETTERS = 1 << 3;
    private static final int ALL_DIGIT = 1 << 4;
    private static final int ALL_HIRAGANA = 1 << 5;
    private static final int ALL_KATAKANA = 1 << 6;
    private static final int CONTAINS_PERIOD = 1 << 7;
    private static final int CONTAINS_COMMA = 1 << 8;
    private static final int CONTAINS_SLASH = 1 << 9;
    private static final int CONTAINS_DIGIT = 1 << 10;
    private static final int CONTAINS_HYPHEN = 1 << 11;
    private static final int CONTAINS_LETTERS = 1 << 12;
    /**
     * Characters below this are all in Unicode's LATIN or COMMON script (Basic Latin to Latin Extended-B), for which
     * OpenNLP's script test only clears the Hiragana and Katakana flags; above it the script is looked up.
     */
    static final int LATIN_OR_COMMON_BELOW = 0x250;

    private WordClass() {
    }

    static int of(String token) {
        return of(token.toCharArray(), 0, token.length());
    }

    /** The class of {@code chars[from, to)}, an index into {@link #NAMES}. */
    static int of(char[] chars, int from, int to) {
        int pattern = ALL_CAPITAL_LETTER | ALL_LOWER_CASE_LETTER | ALL_DIGIT | ALL_LETTERS | ALL_HIRAGANA | ALL_KATAKANA;
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            int type = Character.getType(c);
            boolean letter = type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                    || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                    || type == Character.OTHER_LETTER;
            if (letter) {
                pattern |= CONTAINS_LETTERS;
                pattern &= ~ALL_DIGIT;
                if (type == Character.UPPERCASE_LETTER) {
                    if (i == from) {
                        pattern |= INITIAL_CAPITAL_LETTER;
                    }
                    pattern &= ~ALL_LOWER_CASE_LETTER;
                } else {
                    pattern &= ~ALL_CAPITAL_LETTER;
                }
            } else {
                pattern &= ~(ALL_LETTERS | ALL_CAPITAL_LETTER | ALL_LOWER_CASE_LETTER);
                if (type == Character.DECIMAL_DIGIT_NUMBER) {
                    pattern |= CONTAINS_DIGIT;
                    pattern &= ~(ALL_HIRAGANA | ALL_KATAKANA);
                    digits++;
                } else {
                    pattern &= ~ALL_DIGIT;
                }
                switch (c) {
                    case ',' -> pattern |= CONTAINS_COMMA;
                    case '.' -> pattern |= CONTAINS_PERIOD;
                    case '/' -> pattern |= CONTAINS_SLASH;
                    case '-' -> pattern |= CONTAINS_HYPHEN;
                    default -> {
                    }
                }
            }
            pattern = script(pattern, c, chars, i, to);
        }
        return classOf(pattern, digits, chars, from, to);
    }

    private static int script(int pattern, char c, char[] chars, int i, int to) {
        if (c < LATIN_OR_COMMON_BELOW) {
            return pattern & ~(ALL_HIRAGANA | ALL_KATAKANA);
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(Character.codePointAt(chars, i, to));
        return switch (script) {
            case COMMON -> c != '・' && c != 'ー' && c != '〜' ? pattern & ~(ALL_HIRAGANA | ALL_KATAKANA) : pattern;
            case LATIN -> pattern & ~(ALL_HIRAGANA | ALL_KATAKANA);
            case HAN -> pattern & ~(ALL_HIRAGANA | ALL_KATAKANA | ALL_LOWER_CASE_LETTER);
            case HIRAGANA -> pattern & ~(ALL_KATAKANA | ALL_LOWER_CASE_LETTER);
            case KATAKANA -> pattern & ~(ALL_HIRAGANA | ALL_LOWER_CASE_LETTER);
            default -> pattern;
        };
    }

    private static int classOf(int pattern, int digits, char[] chars, int from, int to) {
        if ((pattern & ALL_HIRAGANA) != 0) {
            return HIRAGANA_CLASS;
        } else if ((pattern & ALL_KATAKANA) != 0) {
            return KATAKANA_CLASS;
        } else if ((pattern & ALL_LOWER_CASE_LETTER) != 0) {
            return LOWER_CASE_CLASS;
        } else if (digits == 2) {
            return TWO_DIGITS;
        } else if (digits == 4) {
            return FOUR_DIGITS;
        } else if ((pattern & CONTAINS_DIGIT) != 0) {
            if ((pattern & CONTAINS_LETTERS) != 0) {
                return ALPHANUMERIC;
            } else if ((pattern & CONTAINS_HYPHEN) != 0) {
                return DIGITS_AND_HYPHEN;
            } else if ((pattern & CONTAINS_SLASH) != 0) {
                return DIGITS_AND_SLASH;
            } else if ((pattern & CONTAINS_COMMA) != 0) {
                return DIGITS_AND_COMMA;
            } else if ((pattern & CONTAINS_PERIOD) != 0) {
                return DIGITS_AND_PERIOD;
            }
            return NUMBER;
        } else if ((pattern & ALL_CAPITAL_LETTER) != 0) {
            return to - from == 1 ? SINGLE_CAPITAL : ALL_CAPITALS;
        } else if (capitalAndPeriod(chars, from, to)) {
            return CAPITAL_PERIOD;
        } else if ((pattern & INITIAL_CAPITAL_LETTER) != 0) {
            return INITIAL_CAPITAL;
        }
        return OTHER;
    }

    /**
     * OpenNLP's {@code ^[A-ZÄÖÜ]\.$} searched in the word: a capital and a period, where Java's {@code $} also
     * matches before one final line terminator ("A.\n").
     */
    private static boolean capitalAndPeriod(char[] chars, int from, int to) {
        int length = to - from;
        if (length < 2 || length > 4) {
            return false;
        }
        char c = chars[from];
        if (!(c >= 'A' && c <= 'Z' || c == 'Ä' || c == 'Ö' || c == 'Ü') || chars[from + 1] != '.') {
            return false;
        }
        if (length == 2) {
            return true;
        }
        if (length == 3) {
            char end = chars[from + 2];
            return end == '\n' || end == '\r' || end == '\u0085' || end == '\u2028' || end == '\u2029';
        }
        return chars[from + 2] == '\r' && chars[from + 3] == '\n';
    }
}
