package news.summarizer.s3.backfill;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Prices per million tokens, so reports and metric lines carry an estimated cost. */
public class BackfillPricingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("summarizer.model.input-price-per-million", "0.15",
                "summarizer.model.output-price-per-million", "0.60");
    }
}
