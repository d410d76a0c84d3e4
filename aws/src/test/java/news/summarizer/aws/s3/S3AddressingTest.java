package news.summarizer.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpRequest;

/** Where the signed requests go on AWS and on local servers: the same hosts and paths as the SDK's S3 client's. */
class S3AddressingTest {

    private static final S3Addressing FRANKFURT = new S3Addressing(URI.create("https://s3.eu-central-1.amazonaws.com"),
            "eu-central-1", false);

    @AfterEach
    void clear() {
        System.clearProperty("aws.useFipsEndpoint");
        System.clearProperty("aws.useDualstackEndpoint");
    }

    @Test
    void should_address_the_bucket_as_host_and_percent_encode_the_key_once() {
        // Without the encoding a key with a space, '+' or an umlaut would name another object or fail its signature.
        SdkHttpRequest request = FRANKFURT.request("artikel-eingang", "incoming/2026/Brücke in Görlitz+1.txt").method(
                software.amazon.awssdk.http.SdkHttpMethod.GET).build();
        assertThat(request.getUri()).hasToString(
                "https://artikel-eingang.s3.eu-central-1.amazonaws.com/incoming/2026/Br%C3%BCcke%20in%20G%C3%B6rlitz%2B1.txt");
    }

    @Test
    void should_put_a_bucket_with_dots_into_the_path() {
        // Without it "news.archive" would be a host that S3's TLS certificate (*.s3.…amazonaws.com) does not cover.
        SdkHttpRequest request = FRANKFURT.request("news.archive", "a.txt").method(software.amazon.awssdk.http.SdkHttpMethod.GET).build();
        assertThat(request.getUri()).hasToString("https://s3.eu-central-1.amazonaws.com/news.archive/a.txt");
    }

    @Test
    void should_use_path_style_on_a_local_server_when_asked() {
        // Without it a local server on 127.0.0.1 would be asked for host "bucket.127.0.0.1".
        S3Addressing local = new S3Addressing(URI.create("http://127.0.0.1:9000"), "us-east-1", true);
        SdkHttpRequest request = local.request("artikel-eingang", "incoming/a.txt").method(software.amazon.awssdk.http.SdkHttpMethod.GET).build();
        assertThat(request.getUri()).hasToString("http://127.0.0.1:9000/artikel-eingang/incoming/a.txt");
    }

    @Test
    void should_take_the_partition_domain_and_the_fips_and_dualstack_settings() {
        // Without them China regions and FIPS- or IPv6-bound accounts would get hosts that do not exist.
        assertThat(S3Addressing.fromEnvironment("cn-north-1", false).base()).hasToString("https://s3.cn-north-1.amazonaws.com.cn");
        System.setProperty("aws.useFipsEndpoint", "true");
        System.setProperty("aws.useDualstackEndpoint", "true");
        assertThat(S3Addressing.fromEnvironment("us-gov-west-1", false).base())
                .hasToString("https://s3-fips.dualstack.us-gov-west-1.amazonaws.com");
    }
}
