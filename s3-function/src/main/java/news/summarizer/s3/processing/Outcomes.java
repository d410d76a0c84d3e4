package news.summarizer.s3.processing;

import news.summarizer.core.metrics.InvocationTally;

/**
 * Adds an object's outcome to the invocation's tally. Summaries count themselves (the summarizer adds their calls
 * and tokens) and rejections are counted with their code where the error record is written; what is left are the
 * articles that cost nothing and the objects that are no articles.
 */
public final class Outcomes {

    private Outcomes() {
    }

    public static void count(Outcome outcome, InvocationTally tally) {
        switch (outcome) {
            case ALREADY_DONE, REUSED -> tally.skipped();
            case SKIPPED -> tally.ignored();
            case SUMMARIZED, REJECTED -> {
                // counted where they happen
            }
        }
    }
}
