package news.summarizer.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.summarizer.core.engine.Usage;
import org.junit.jupiter.api.Test;

/** The invocation's tally follows work handed to other threads, and adds from several threads at once all count. */
class CurrentInvocationTest {

    @Test
    void should_count_model_use_recorded_on_worker_threads_in_the_invocation_that_handed_the_work_over() throws Exception {
        // Without carrying, the workers would know no invocation and their calls would be lost (a story's articles);
        // without a thread-safe tally, concurrent adds would lose some.
        ExecutorService threads = Executors.newFixedThreadPool(4);
        InvocationTally tally = CurrentInvocation.open();
        try {
            List<Future<Integer>> tasks = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                tasks.add(threads.submit(InvocationMetrics.carried(() -> {
                    for (int call = 0; call < 500; call++) {
                        InvocationMetrics.recordModelUse(new Usage(10, 2, 1), 0.5);
                    }
                    return 500;
                })));
            }
            for (Future<Integer> task : tasks) {
                task.get();
            }
            // The worker threads are left as they were: no tally of this invocation stays behind on them.
            assertThat(threads.submit(() -> CurrentInvocation.tally().isPresent()).get()).isFalse();
        } finally {
            CurrentInvocation.close();
            threads.shutdownNow();
        }

        InvocationFigures figures = tally.figures();
        assertThat(figures.modelCalls()).isEqualTo(4000);
        assertThat(figures.inputTokens()).isEqualTo(40_000);
        assertThat(figures.outputTokens()).isEqualTo(8000);
        assertThat(figures.estimatedCostUsd()).isEqualTo(2000.0);
        assertThat(figures.summarized()).isZero(); // a fusion's calls make no summary
    }
}
