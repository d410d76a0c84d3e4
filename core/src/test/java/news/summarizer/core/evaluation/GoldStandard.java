package news.summarizer.core.evaluation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@code gold.json} in the devset format: file name → annotation ({@code not_actors} in snake case). */
public record GoldStandard(Map<String, GoldArticle> articles) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static GoldStandard read(InputStream json) throws IOException {
        Map<String, GoldArticle> articles = JSON.readValue(json, new TypeReference<Map<String, GoldArticle>>() {
        });
        return new GoldStandard(new TreeMap<>(articles));
    }

    public Optional<GoldArticle> of(String file) {
        return Optional.ofNullable(articles.get(file));
    }
}
