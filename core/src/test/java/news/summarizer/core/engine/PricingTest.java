package news.summarizer.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PricingTest {

    @Test
    void should_price_every_token_when_both_prices_are_configured() {
        // Without it users could not see what an article cost across parts, corrections and retries.
        Pricing pricing = new Pricing(OptionalDouble.of(0.15), OptionalDouble.of(0.60));

        assertThat(pricing.costOf(new Usage(12_000, 2_000, 3))).isEqualTo(0.003);
    }

    @Test
    void should_report_no_cost_when_a_price_is_missing() {
        // Without it a half-configured price would report a wrong, too-low cost.
        assertThat(new Pricing(OptionalDouble.of(0.15), OptionalDouble.empty()).costOf(new Usage(1000, 1000, 1))).isNull();
    }
}
