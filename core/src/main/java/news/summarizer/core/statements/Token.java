package news.summarizer.core.statements;

/** A token of the text at {@code [start, end)}, as the statement finder's stages read it. */
record Token(String text, int start, int end) {

    boolean is(String value) {
        return text.equals(value);
    }
}
