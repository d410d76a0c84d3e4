package news.summarizer.s3.output;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import news.summarizer.core.summary.Summary;

/** The output object: exactly the {@link Summary} contract the HTTP function returns, plus where it came from. */
public record SummaryDocument(@JsonUnwrapped Summary summary, SourceRef source) {
}
