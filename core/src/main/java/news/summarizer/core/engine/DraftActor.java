package news.summarizer.core.engine;

import news.summarizer.core.summary.ActorType;

/** An actor as an engine proposes it; its name and evidence are checked against the article before use. */
public record DraftActor(String name, ActorType type, String role, String description, String evidence) {
}
