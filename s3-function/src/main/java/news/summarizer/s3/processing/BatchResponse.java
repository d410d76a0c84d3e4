package news.summarizer.s3.processing;

import java.util.List;

/** The Lambda answer: for SQS, the messages to retry (partial batch response); empty for direct triggers. */
public record BatchResponse(List<ItemFailure> batchItemFailures) {

    public BatchResponse {
        batchItemFailures = List.copyOf(batchItemFailures);
    }

    public record ItemFailure(String itemIdentifier) {
    }
}
