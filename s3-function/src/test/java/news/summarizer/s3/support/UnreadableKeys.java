package news.summarizer.s3.support;

import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.options.GetOptions;
import org.jclouds.blobstore.util.ForwardingBlobStore;
import org.jclouds.http.HttpResponse;
import org.jclouds.http.HttpResponseException;

/** A blob store whose objects with "unlesbar" in the key cannot be read: S3Proxy answers such GETs with 503. */
final class UnreadableKeys extends ForwardingBlobStore {

    static final String MARKER = "unlesbar";

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

    private static void refuse(String name) {
        if (name.contains(MARKER)) {
            throw new HttpResponseException("simulated storage failure reading " + name, null,
                    HttpResponse.builder().statusCode(503).message("Slow Down").build());
        }
    }

}
