package news.summarizer.core.story.job;

import java.util.Arrays;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;

/** A failed job as stored: the domain error's code and detail, so GET answers the same problem POST would have. */
public record JobFailure(String code, String detail) {

    public static JobFailure of(SummarizerException e) {
        return new JobFailure(e.code().code(), e.detail());
    }

    public SummarizerException toException() {
        ErrorCode known = Arrays.stream(ErrorCode.values()).filter(c -> c.code().equals(code)).findFirst()
                .orElse(ErrorCode.MODEL_UNAVAILABLE);
        return new SummarizerException(known, detail);
    }
}
