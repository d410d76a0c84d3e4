package news.summarizer.s3.support;

import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.domain.BlobMetadata;
import org.jclouds.blobstore.options.GetOptions;
import org.jclouds.blobstore.util.ForwardingBlobStore;
import org.jclouds.http.HttpResponse;
import org.jclouds.http.HttpResponseException;

/**
 * A blob store with two simulated faults: objects with "unlesbar" in the key cannot be read (S3Proxy answers such
 * GETs with 503), and HEADs of keys with "ohne-list-recht" are refused with 403, as S3 answers a HEAD of a missing key
 * when the role lacks s3:ListBucket.
 */
final class UnreadableKeys extends ForwardingBlobStore {

    static final String MARKER = "unlesbar";
    static final String FORBIDDEN_HEAD = "ohne-list-recht";

    UnreadableKeys(BlobStore delegate) {
        super(delegate);
    }

    @Override
    public Blob getBlob(String container, String name) {
        refuse(name);
        return super.getBlob(container, name);
    }

    @Override
    public Blob getBlob(String container, String name, GetOptions options) {
        refuse(name);
        return super.getBlob(container, name, options);
    }

    @Override
    public BlobMetadata blobMetadata(String container, String name) {
        if (name.contains(FORBIDDEN_HEAD)) {
            throw new HttpResponseException("simulated missing s3:ListBucket for " + name, null,
                    HttpResponse.builder().statusCode(403).message("Forbidden").build());
        }
        return super.blobMetadata(container, name);
    }

    private static void refuse(String name) {
        if (name.contains(MARKER)) {
            throw new HttpResponseException("simulated storage failure reading " + name, null,
                    HttpResponse.builder().statusCode(503).message("Slow Down").build());
        }
    }

}
