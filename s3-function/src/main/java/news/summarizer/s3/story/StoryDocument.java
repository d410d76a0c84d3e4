package news.summarizer.s3.story;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import news.summarizer.core.story.Story;
import news.summarizer.s3.output.SourceRef;

/** The story object: exactly the {@link Story} contract POST /stories returns, plus the manifest it was made from. */
record StoryDocument(@JsonUnwrapped Story story, SourceRef manifest) {
}
