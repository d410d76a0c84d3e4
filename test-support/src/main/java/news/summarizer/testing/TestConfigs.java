package news.summarizer.testing;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Real config mappings for unit tests, built the way Quarkus builds them, with the given overrides. */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static <T> T mapping(Class<T> type, String... keyValues) {
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put(keyValues[i], keyValues[i + 1]);
        }
        return new SmallRyeConfigBuilder()
                .withMapping(type)
                .withConverter(Duration.class, 100, new DurationConverter()) // "30s", as Quarkus reads it
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build()
                .getConfigMapping(type);
    }
}
