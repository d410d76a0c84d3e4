package news.summarizer.s3.processing;

/** What happened to one object. Transient failures are not outcomes: they are thrown, so the event is retried. */
public enum Outcome {
    /** A new summary was written (one engine run). */
    SUMMARIZED,
    /** The same text was already summarised with this engine: the stored summary now names this object, no engine run. */
    REUSED,
    /** This object version was already summarised, or already rejected, with this engine: nothing to do. */
    ALREADY_DONE,
    /** The object cannot be summarised as it is; an error record was written. */
    REJECTED,
    /** Not an article to process (recursion guard, outside the input prefix). */
    SKIPPED
}
