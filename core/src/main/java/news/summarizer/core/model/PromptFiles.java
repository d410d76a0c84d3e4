package news.summarizer.core.model;

import dev.langchain4j.model.input.PromptTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The versioned prompt files, each read from the class path once into a template the prompt classes render
 * ({@link SummaryPrompts}, the story's prompts): LangChain4j's {@code fromResource} would read it again on every call.
 */
public final class PromptFiles {

    private PromptFiles() {
    }

    /** {@code directory + name} from the class path, e.g. {@code /prompts/summary-v3/} and {@code user.txt}. */
    public static PromptTemplate template(String directory, String name) {
        try (InputStream in = PromptFiles.class.getResourceAsStream(directory + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing prompt " + directory + name);
            }
            return PromptTemplate.from(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
