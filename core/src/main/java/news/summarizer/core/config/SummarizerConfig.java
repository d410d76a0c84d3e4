package news.summarizer.core.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Every knob of the summarizer. Each has a default that works offline; each is overridable by environment
 * variable ({@code summarizer.openai.base-url} → {@code SUMMARIZER_OPENAI_BASE_URL}). README lists them all.
 */
@ConfigMapping(prefix = "summarizer")
public interface SummarizerConfig {

    /** Also read before the mapping exists, by the cold-start preload. */
    String DEFAULT_PROVIDER = "offline";

    /** Which engine writes summaries: offline (no model), openai (any OpenAI-compatible endpoint) or bedrock. */
    @WithDefault(DEFAULT_PROVIDER)
    Provider provider();

    /** Articles longer than this (normalised characters) are rejected with 413. */
    @WithDefault("200000")
    int maxCharacters();

    OpenAi openai();

    Bedrock bedrock();

    Model model();

    Story story();

    enum Provider {
        OFFLINE, OPENAI, BEDROCK;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What every provider's calls share; each provider has its own values under its prefix. */
    interface Generation {
        /** Per-call timeout; every call is also bounded by {@code summarizer.model.total-budget}. */
        @WithDefault("60s")
        Duration timeout();

        /** Output budget per call; doubled once when an answer is cut off. */
        @WithDefault("2048")
        int maxOutputTokens();

        /** Sampling temperature; unset means the provider's (or model's) own default, which reasoning models require. */
        OptionalDouble temperature();
    }

    interface OpenAi extends Generation {
        @WithDefault("https://api.openai.com/v1")
        String baseUrl();

        Optional<String> apiKey();

        /**
         * Name of an SSM Parameter Store SecureString holding the API key, read on the first model call (after a
         * SnapStart restore, never into the snapshot). Used only when {@code api-key} is not set.
         */
        Optional<String> apiKeyParameter();

        @WithDefault("gpt-4o-mini")
        String model();

        /** Send the JSON schema as OpenAI response_format json_schema (strict). Turn off for servers without it. */
        @WithDefault("true")
        boolean jsonSchema();

        /**
         * Whether the model is a reasoning model (max_completion_tokens, reasoning_effort, no temperature unless
         * configured). Unset: decided by the model name (gpt-5 family, o1/o3/o4 series).
         */
        Optional<Boolean> reasoningModel();

        /** reasoning_effort for reasoning models: minimal, low, medium or high. */
        @WithDefault("low")
        String reasoningEffort();

        /**
         * Extra output budget for a reasoning model's hidden reasoning: its max_completion_tokens is
         * max-output-tokens plus this (both doubled once when an answer is cut off).
         */
        @WithDefault("4096")
        int reasoningTokens();
    }

    interface Bedrock extends Generation {
        /** Region of the Bedrock endpoint; empty means the SDK's default chain (AWS_REGION). */
        Optional<String> region();

        @WithDefault("eu.anthropic.claude-3-7-sonnet-20250219-v1:0")
        String modelId();

        /** Endpoint override, for VPC endpoints and tests. */
        Optional<String> endpoint();
    }

    /** How we talk to any model: corrections, retries and budgets. */
    interface Model {
        /** Corrective reprompts after an answer that breaks the contract or is not German. */
        @WithDefault("2")
        int reprompts();

        /** Retries after a transient fault (429, 5xx, timeout, connection error). */
        @WithDefault("3")
        int retries();

        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("20s")
        Duration maxBackoff();

        /** All calls for one article, retries included, must end within this; keep it below the function timeout. */
        @WithDefault("240s")
        Duration totalBudget();

        /** Estimated input tokens above which an article is split into parts. */
        @WithDefault("12000")
        int inputBudgetTokens();

        /** Parts summarised at the same time for a long article. */
        @WithDefault("4")
        int parallelism();

        /** USD per million input tokens; when both prices are set, results carry engine.costUsd. */
        OptionalDouble inputPricePerMillion();

        OptionalDouble outputPricePerMillion();

        /**
         * When the model path (AI service, client code, parser, checks) is run once at start-up on a built-in article,
         * answered in memory: {@code pre-initialized} only when Lambda initialises ahead of traffic (a SnapStart snapshot
         * or provisioned concurrency, where it costs no cold start anything), {@code always}, or {@code never}.
         * {@code preload} is {@code pre-initialized} plus, on an on-demand cold start, the {@code ColdStartPreload}
         * (TLS, German models and clients loaded on a thread beside init; see docs/performance.md for what it cost and
         * saved). The offline engine always loads its models at start-up.
         */
        @WithDefault(DEFAULT_WARM_UP)
        WarmUp warmUp();

        /** Also read before the mapping exists, by the cold-start preload. */
        String DEFAULT_WARM_UP = "pre-initialized";

        enum WarmUp {
            PRE_INITIALIZED, PRELOAD, ALWAYS, NEVER
        }
    }

    /** Story jobs (POST /stories): how long a request waits, where unfinished jobs go on, how many articles at once. */
    interface Story {
        /**
         * How long POST /stories waits for the story before it answers 202 with the job's Location; keep it well under
         * the gateway's 30 s. The function's remaining time caps it further.
         */
        @WithName("wait")
        @WithDefault("20s")
        Duration waitFor();

        /** Articles of one story summarised at the same time (in both functions): what the provider's rate limit allows. */
        @WithDefault("4")
        int concurrency();

        /** Seconds a client is told to wait before asking again (Retry-After of a 202). */
        @WithDefault("5s")
        Duration retryAfter();

        /**
         * Bucket for story jobs. Set (on AWS): an unfinished job is stored under {@link #prefix()} and finished by the
         * S3 function. Empty (dev mode, tests, a server that keeps running): the job finishes in this process.
         */
        Optional<String> bucket();

        /** Key prefix of the jobs in {@link #bucket()}: {@code <prefix><job id>/job.json} starts the S3 function. */
        @WithDefault("stories/")
        String prefix();

        /** Path-style S3 requests for the job bucket, which most local S3-compatible servers need. */
        @WithDefault("false")
        boolean pathStyle();
    }
}
