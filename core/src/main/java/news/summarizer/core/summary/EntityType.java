package news.summarizer.core.summary;

/** The kinds of named entity the answer lists, as NER services name them (person, organisation, location). */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE
}
