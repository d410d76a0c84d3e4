package news.summarizer.aws.s3;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.checksums.SdkChecksum;

/**
 * A downloaded body against the full-object checksum S3 sent with it ({@code x-amz-checksum-mode: ENABLED}), computed
 * by the SDK's checksums. A multipart object's composite checksum ("…-3") covers its parts, not the body: skipped.
 * CRC64NVME, S3's default for uploads without a checksum, needs the AWS CRT library, which the functions do not carry:
 * such a body goes unchecked, as the JavaScript and Go SDKs skip it without their CRT packages (TLS still protects the
 * transfer).
 */
final class DownloadChecksum {

    /** In the order in which the SDK prefers a response checksum to check. */
    private static final List<String> ALGORITHMS = List.of("crc64nvme", "crc32c", "crc32", "sha1", "sha256");

    private DownloadChecksum() {
    }

    /** Throws when the first checksum S3 sent that can be computed here does not match the body. */
    static void check(S3Answer head, byte[] body) throws IOException {
        for (String algorithm : ALGORITHMS) {
            Optional<String> expected = head.header("x-amz-checksum-" + algorithm).filter(value -> !value.contains("-"));
            SdkChecksum checksum = expected.isPresent() ? checksum(algorithm) : null;
            if (checksum != null) {
                checksum.update(body);
                String actual = Base64.getEncoder().encodeToString(checksum.getChecksumBytes());
                if (!actual.equals(expected.get())) {
                    throw new IOException("The object's " + algorithm + " checksum is " + expected.get() + ", its body's " + actual);
                }
                return;
            }
        }
    }

    /** The SDK's implementation of {@code algorithm}, or null where it needs a library we do not carry (CRT). */
    private static SdkChecksum checksum(String algorithm) {
        try {
            return SdkChecksum.forAlgorithm(DefaultChecksumAlgorithm.fromValue(algorithm.toUpperCase(Locale.ROOT)));
        } catch (RuntimeException missingLibrary) {
            return null;
        }
    }
}
