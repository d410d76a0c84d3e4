package news.summarizer.core.statements;

import news.summarizer.core.summary.Actor;

/** A name of an actor (or a pronoun, {@code actor} null) at {@code [start, end)} of the text. */
record Mention(int start, int end, Actor actor) {
}
