package news.summarizer.aws;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URI;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.model.ModelTarget;
import news.summarizer.core.model.ModelTargetFactory;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

/**
 * {@code SUMMARIZER_PROVIDER=bedrock}: credentials from the SDK's default chain (the Lambda role on AWS), region
 * from {@code summarizer.bedrock.region} or AWS_REGION, endpoint override for VPC endpoints and tests.
 */
@ApplicationScoped
@Named("bedrock")
public class BedrockTargetFactory implements ModelTargetFactory {

    @Override
    public ModelTarget create(SummarizerConfig config) {
        SummarizerConfig.Bedrock bedrock = config.bedrock();
        BedrockRuntimeClientBuilder builder = BedrockRuntimeClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(bedrock.timeout()))
                .overrideConfiguration(o -> o
                        .retryStrategy(b -> b.maxAttempts(1)) // retries are the core's: backoff, Retry-After, budget
                        .apiCallTimeout(bedrock.timeout()));
        bedrock.region().ifPresent(region -> builder.region(Region.of(region)));
        bedrock.endpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        BedrockChatModel chatModel = new BedrockChatModel(builder.build(), bedrock.modelId(), bedrock.maxOutputTokens(),
                bedrock.temperature().isPresent() ? bedrock.temperature().getAsDouble() : null);
        return new ModelTarget("bedrock", bedrock.modelId(), chatModel, bedrock.maxOutputTokens(), true);
    }
}
