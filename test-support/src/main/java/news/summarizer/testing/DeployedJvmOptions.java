package news.summarizer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options our functions are deployed with ({@code JAVA_TOOL_OPTIONS} in {@code infra/template.yaml}), so that a
 * packaged function runs under {@link LambdaRuntime} as it runs on Lambda. The template is their one source.
 */
public final class DeployedJvmOptions {

    private static final Pattern OPTIONS = Pattern.compile("^\\s*JAVA_TOOL_OPTIONS:\\s*(\\S.*?)\\s*$", Pattern.MULTILINE);

    private DeployedJvmOptions() {
    }

    /** The template's {@code JAVA_TOOL_OPTIONS}, read from the project's {@code infra/template.yaml}. */
    public static String fromTemplate() {
        Path template = template(Path.of("").toAbsolutePath());
        try {
            Matcher options = OPTIONS.matcher(Files.readString(template));
            if (!options.find()) {
                throw new IllegalStateException("No JAVA_TOOL_OPTIONS in " + template);
            }
            return options.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment with the template's options ahead of any {@code JAVA_TOOL_OPTIONS} it already has. */
    public static Map<String, String> with(Map<String, String> environment) {
        Map<String, String> deployed = new LinkedHashMap<>(environment);
        deployed.merge("JAVA_TOOL_OPTIONS", fromTemplate(), (own, template) -> template + " " + own);
        return deployed;
    }

    private static Path template(Path directory) {
        for (Path at = directory; at != null; at = at.getParent()) {
            Path template = at.resolve("infra").resolve("template.yaml");
            if (Files.isRegularFile(template)) {
                return template;
            }
        }
        throw new IllegalStateException("No infra/template.yaml above " + directory);
    }
}
