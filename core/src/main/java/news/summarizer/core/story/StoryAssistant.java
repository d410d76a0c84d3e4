package news.summarizer.core.story;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * The LangChain4j AI service of the fusion call: one story from the per-source results. Its chat memory keeps the
 * answer, so {@link #correct} can show the model what was wrong with it. Answers come back as text and are parsed
 * and checked by {@link ModelFusion}; the JSON schema travels as the request's response format.
 */
interface StoryAssistant {

    String PROMPTS = "/prompts/" + StoryPrompts.VERSION + "/";

    @SystemMessage(fromResource = PROMPTS + "system.txt")
    @UserMessage(fromResource = PROMPTS + "user.txt")
    Result<String> fuse(@V("boundary") String boundary, @V("title") String title, @V("sources") String sources,
                        @V("count") int count, @V("headline_max") int headlineMax,
                        @V("summary_sentences") String summarySentences, @V("key_points") String keyPoints,
                        @V("key_point_max") int keyPointMax);

    @UserMessage(fromResource = PROMPTS + "correction.txt")
    Result<String> correct(@V("problems") String problems);
}
