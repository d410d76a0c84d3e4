package news.summarizer.core.engine;

import java.util.OptionalDouble;

/** USD prices per million input and output tokens; a cost is reported only when both are known. */
public record Pricing(OptionalDouble inputPerMillion, OptionalDouble outputPerMillion) {

    /** The cost of the usage in USD, rounded to a millionth of a dollar, or null when prices are not configured. */
    public Double costOf(Usage usage) {
        if (inputPerMillion.isEmpty() || outputPerMillion.isEmpty()) {
            return null;
        }
        double cost = usage.inputTokens() * inputPerMillion.getAsDouble() / 1_000_000
                + usage.outputTokens() * outputPerMillion.getAsDouble() / 1_000_000;
        return Math.round(cost * 1_000_000d) / 1_000_000d;
    }
}
