package news.summarizer.aws.s3;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Where an object's requests go, by the SDK's settings: {@code AWS_ENDPOINT_URL_S3} or {@code AWS_ENDPOINT_URL}
 * (system properties {@code aws.endpointUrlS3}, {@code aws.endpointUrl}) for an S3-compatible server, else AWS's
 * regional endpoint ({@code s3.eu-central-1.amazonaws.com}, the partition's domain for China and GovCloud, with
 * {@code AWS_USE_FIPS_ENDPOINT} and {@code AWS_USE_DUALSTACK_ENDPOINT} honoured). Virtual-hosted
 * ({@code bucket.host/key}) unless path style is asked for or the bucket's name is no DNS label (a bucket with dots
 * would not match S3's TLS certificate): then {@code host/bucket/key}, as the SDK's endpoint rules do.
 *
 * @param base     the endpoint without the bucket: scheme, host, port, path
 * @param region   the signing region
 */
public record S3Addressing(URI base, String region, boolean pathStyle) {

    /** What the SDK's rules accept as a virtual-hosted bucket over https: one DNS label, no dots, no upper case. */
    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");

    /** By the SDK's settings (above) and the SDK's region chain; {@code pathStyle} as configured. */
    public static S3Addressing fromEnvironment(String region, boolean pathStyle) {
        Optional<String> endpoint = setting("aws.endpointUrlS3", "AWS_ENDPOINT_URL_S3")
                .or(() -> setting("aws.endpointUrl", "AWS_ENDPOINT_URL"));
        if (endpoint.isPresent()) {
            return new S3Addressing(URI.create(endpoint.get().replaceAll("/+$", "")), region, pathStyle);
        }
        boolean fips = flag(SdkSystemSetting.AWS_USE_FIPS_ENDPOINT);
        boolean dualstack = flag(SdkSystemSetting.AWS_USE_DUALSTACK_ENDPOINT);
        String host = (fips ? "s3-fips." : "s3.") + (dualstack ? "dualstack." : "") + region + "."
                + PartitionMetadata.of(Region.of(region)).dnsSuffix();
        return new S3Addressing(URI.create("https://" + host), region, pathStyle);
    }

    /** The request for {@code key} in {@code bucket}: the key's bytes percent-encoded as S3 signs them, '/' kept. */
    SdkHttpRequest.Builder request(String bucket, String key) {
        String encodedKey = "/" + SdkHttpUtils.urlEncodeIgnoreSlashes(key);
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().protocol(base.getScheme()).port(base.getPort());
        if (pathStyle || !HOST_LABEL.matcher(bucket).matches()) {
            return request.host(base.getHost()).encodedPath(basePath + "/" + SdkHttpUtils.urlEncode(bucket) + encodedKey);
        }
        return request.host(bucket + "." + base.getHost()).encodedPath(basePath + encodedKey);
    }

    private static boolean flag(SdkSystemSetting setting) {
        return setting.getStringValue().map(value -> value.trim().toLowerCase(Locale.ROOT).equals("true")).orElse(false);
    }

    private static Optional<String> setting(String systemProperty, String environmentVariable) {
        return Optional.ofNullable(System.getProperty(systemProperty))
                .or(() -> Optional.ofNullable(System.getenv(environmentVariable)))
                .filter(value -> !value.isBlank());
    }
}
