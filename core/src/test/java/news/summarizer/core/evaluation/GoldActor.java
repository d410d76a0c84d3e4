package news.summarizer.core.evaluation;

/** One annotated actor in the devset format: {@code name}, {@code type}, {@code role} (or null), {@code surname}. */
public record GoldActor(String name, String type, String role, String surname) {
}
