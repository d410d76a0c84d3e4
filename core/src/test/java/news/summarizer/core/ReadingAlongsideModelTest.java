package news.summarizer.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import news.summarizer.core.article.Article;
import news.summarizer.core.article.ArticleFormat;
import news.summarizer.core.article.ArticleIntake;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.SummaryEngine;
import news.summarizer.core.grounding.ActorGrounder;
import news.summarizer.core.model.ModelEngines;
import news.summarizer.core.offline.EntityFinder;
import news.summarizer.core.offline.OfflineSummaryEngine;
import news.summarizer.core.summary.Entity;
import news.summarizer.core.summary.Summary;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.TestArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On the model path the article's own reading (its entities and language) runs on a helper thread while the model
 * writes its answer ({@link WorkAlongside}). The real model engine against an OpenAI-compatible stub, the reading
 * replaced by a finder the test can hold, fail or watch; the helper thread replaced where a test needs to hold it.
 * Every case names the concurrency bug it would catch.
 */
class ReadingAlongsideModelTest {

    /** How long a test waits for a step that should already have happened (a safety net, never a measurement). */
    private static final long PATIENCE_SECONDS = 20;

    private static FakeOpenAiServer model;
    private static final String ANSWER = ModelAnswers.oderBridge().toString();
    private static final String TEXT = TestArticles.text(TestArticles.ODER_BRIDGE);

    /** A helper that starts a thread of its own for every piece of work, as the real one takes work when free. */
    private static final Executor NEW_THREAD = work -> new Thread(work, "test-helper").start();

    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startModel() {
        model = FakeOpenAiServer.start();
    }

    @AfterAll
    static void stopModel() {
        model.close();
    }

    @BeforeEach
    void resetModel() {
        model.reset();
    }

    private static SummarizerConfig config(String... overrides) {
        List<String> settings = new java.util.ArrayList<>(List.of(
                "summarizer.provider", "openai",
                "summarizer.openai.base-url", model.baseUrl(),
                "summarizer.openai.api-key", "test-key",
                "summarizer.openai.model", "test-model",
                "summarizer.model.retries", "1"));
        settings.addAll(List.of(overrides));
        return TestConfigs.config(settings.toArray(String[]::new));
    }

    private static ArticleSummarizer summarizer(SummarizerConfig config, SummaryEngine engine,
                                                Function<String, List<Entity>> finder, Executor helper) {
        return new ArticleSummarizer(new ArticleIntake(config), Instances.only(engine), new ActorGrounder(), config,
                finder, helper);
    }

    private static Article article(SummarizerConfig config) {
        return new ArticleIntake(config).read(TEXT.getBytes(StandardCharsets.UTF_8), ArticleFormat.PLAIN_TEXT);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("a step of the test never happened");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void should_read_the_article_while_the_model_answers_and_list_the_same_entities() {
        // Without it the reading would wait for the model's answer, and a request would pay for both one after the
        // other: the model is only asked to answer once the reading has started on another thread.
        CountDownLatch readingStarted = new CountDownLatch(1);
        model.answerWith(request -> {
            await(readingStarted);
            return Reply.content(ANSWER);
        });
        List<String> threads = new CopyOnWriteArrayList<>();
        SummarizerConfig config = config();
        ArticleSummarizer summarizer = summarizer(config, ModelEngines.openAi(config), text -> {
            threads.add(Thread.currentThread().getName());
            readingStarted.countDown();
            return EntityFinder.find(text);
        }, WorkAlongside.HELPER);

        Summary summary = summarizer.summarize(article(config));

        assertThat(threads).containsExactly("work-alongside");
        assertThat(summary.entities()).isNotEmpty();
        assertThat(summary.entities()).isEqualTo(
                summarizer(config, ModelEngines.openAi(config), EntityFinder::find, work -> {
                    throw new RejectedExecutionException("busy");
                }).summarize(article(config)).entities());
        assertThat(summary.sourceLanguage()).isEqualTo("de");
    }

    @Test
    void should_read_the_article_itself_when_the_helper_is_busy_and_read_it_only_once() {
        // Without it a request would wait for a helper busy with another request's work, or the reading would run
        // twice (once by the caller, once by the helper when it gets to it late).
        model.answerAlways(Reply.content(ANSWER));
        List<Runnable> late = new CopyOnWriteArrayList<>();
        AtomicInteger readings = new AtomicInteger();
        List<String> threads = new CopyOnWriteArrayList<>();
        SummarizerConfig config = config();
        ArticleSummarizer summarizer = summarizer(config, ModelEngines.openAi(config), text -> {
            readings.incrementAndGet();
            threads.add(Thread.currentThread().getName());
            return EntityFinder.find(text);
        }, late::add);

        Summary summary = summarizer.summarize(article(config));
        late.forEach(Runnable::run);

        assertThat(readings).hasValue(1);
        assertThat(threads).containsExactly(Thread.currentThread().getName());
        assertThat(summary.entities()).extracting(Entity::offset)
                .containsExactlyElementsOf(EntityFinder.find(article(config).text()).stream().map(Entity::offset).toList());
    }

    @Test
    void should_fail_with_the_readings_own_error_when_the_reading_fails_while_the_model_answers() {
        // Without it a broken reading would be swallowed on the helper thread and the answer would list no entities.
        model.answerAlways(Reply.content(ANSWER));
        IllegalStateException broken = new IllegalStateException("the tagger's model is broken");
        SummarizerConfig config = config();
        ArticleSummarizer summarizer = summarizer(config, ModelEngines.openAi(config), text -> {
            throw broken;
        }, NEW_THREAD);

        assertThatThrownBy(() -> summarizer.summarize(article(config))).isSameAs(broken);
    }

    @Test
    void should_never_start_the_reading_when_the_model_fails_before_the_helper_gets_to_it() {
        // Without it the reading would start after the error had been answered: work running on after the response,
        // which Lambda freezes and resumes in the next invocation.
        model.answerAlways(Reply.status(400, "{\"error\":{\"message\":\"bad request\",\"type\":\"invalid_request_error\"}}"));
        List<Runnable> late = new CopyOnWriteArrayList<>();
        AtomicInteger readings = new AtomicInteger();
        SummarizerConfig config = config();
        ArticleSummarizer summarizer = summarizer(config, ModelEngines.openAi(config), text -> {
            readings.incrementAndGet();
            return List.of();
        }, late::add);

        assertThatThrownBy(() -> summarizer.summarize(article(config)))
                .isInstanceOfSatisfying(SummarizerException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.MODEL_REQUEST_REJECTED));
        late.forEach(Runnable::run);

        assertThat(late).hasSize(1);
        assertThat(readings).hasValue(0);
    }

    @Test
    void should_wait_for_a_started_reading_before_answering_when_the_model_times_out() throws Exception {
        // Without it the timeout would be answered while the reading still runs on the helper thread (and on Lambda
        // resumes in the next invocation, competing with it).
        model.answerAlways(Reply.content(ANSWER).delayedBy(Duration.ofSeconds(3)));
        CountDownLatch readingStarted = new CountDownLatch(1);
        CountDownLatch modelFailed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SummarizerConfig config = config("summarizer.openai.timeout", "1s");
        SummaryEngine engine = new FailureSignallingEngine(ModelEngines.openAi(config), modelFailed);
        ArticleSummarizer summarizer = summarizer(config, engine, text -> {
            readingStarted.countDown();
            await(release);
            events.add("reading finished");
            return List.of();
        }, NEW_THREAD);

        CompletableFuture<Throwable> answered = new CompletableFuture<>();
        Thread request = new Thread(() -> {
            try {
                summarizer.summarize(article(config));
                answered.complete(null);
            } catch (Throwable failure) {
                events.add("answered");
                answered.complete(failure);
            }
        }, "request");
        request.start();
        await(readingStarted);
        await(modelFailed);
        // After the model failed, the request either ends at once (the bug) or waits for the reading.
        while (request.getState() != Thread.State.WAITING && request.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        release.countDown();
        Throwable failure = answered.get(PATIENCE_SECONDS, TimeUnit.SECONDS);

        assertThat(failure).isInstanceOfSatisfying(SummarizerException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.MODEL_TIMEOUT));
        assertThat(events).containsExactly("reading finished", "answered");
    }

    @Test
    void should_keep_the_models_error_and_attach_the_readings_when_both_fail() {
        // Without it one of the two failures would be lost: the caller must see the model's (it decides the error
        // code), and the logs the reading's.
        CountDownLatch readingFailed = new CountDownLatch(1);
        model.answerWith(request -> {
            await(readingFailed);
            return Reply.status(400, "{\"error\":{\"message\":\"bad request\",\"type\":\"invalid_request_error\"}}");
        });
        IllegalStateException broken = new IllegalStateException("the tagger's model is broken");
        SummarizerConfig config = config();
        ArticleSummarizer summarizer = summarizer(config, ModelEngines.openAi(config), text -> {
            readingFailed.countDown();
            throw broken;
        }, NEW_THREAD);

        assertThatThrownBy(() -> summarizer.summarize(article(config)))
                .isInstanceOfSatisfying(SummarizerException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MODEL_REQUEST_REJECTED);
                    assertThat(e.getSuppressed()).containsExactly(broken);
                });
    }

    @Test
    void should_read_on_the_callers_thread_when_the_engine_reads_the_article_itself() {
        // Without it the offline engine's analysis of the article (sentences, tags, names) would be done twice: once
        // by the engine, and again on a helper thread that cannot reuse it.
        SummarizerConfig config = TestConfigs.config();
        List<String> threads = new CopyOnWriteArrayList<>();
        ArticleSummarizer summarizer = summarizer(config, new OfflineSummaryEngine(), text -> {
            threads.add(Thread.currentThread().getName());
            return EntityFinder.find(text);
        }, work -> {
            throw new AssertionError("the offline engine needs no helper");
        });

        Summary summary = summarizer.summarize(article(config));

        assertThat(threads).containsExactly(Thread.currentThread().getName());
        assertThat(summary.entities()).isNotEmpty();
    }

    /** The real engine, telling the test the moment its draft has failed. */
    private record FailureSignallingEngine(SummaryEngine engine, CountDownLatch failed) implements SummaryEngine {

        @Override
        public news.summarizer.core.engine.EngineOutput summarize(Article article) {
            try {
                return engine.summarize(article);
            } catch (RuntimeException e) {
                failed.countDown();
                throw e;
            }
        }

        @Override
        public boolean waitsForModel() {
            return engine.waitsForModel();
        }

        @Override
        public String provider() {
            return engine.provider();
        }

        @Override
        public String model() {
            return engine.model();
        }

        @Override
        public String promptVersion() {
            return engine.promptVersion();
        }

        @Override
        public Readiness readiness() {
            return engine.readiness();
        }

        @Override
        public news.summarizer.core.engine.EngineOutput warmUp(Article sample) {
            return engine.warmUp(sample);
        }
    }
}
