package news.summarizer.core.summary;

public enum ActorType {
    PERSON, ORGANIZATION, COUNTRY, OTHER
}
