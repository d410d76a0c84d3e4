package news.summarizer.core.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** CloudWatch metrics as Embedded Metric Format log lines ({@code SUMMARIZER_METRICS_ENABLED}, ...). */
@ConfigMapping(prefix = "summarizer.metrics")
public interface MetricsConfig {

    /** One EMF line per invocation on standard output, which Lambda sends to CloudWatch Logs. */
    @WithDefault("true")
    boolean enabled();

    /** The CloudWatch namespace of the metrics. */
    @WithDefault("NewsSummarizer")
    String namespace();
}
