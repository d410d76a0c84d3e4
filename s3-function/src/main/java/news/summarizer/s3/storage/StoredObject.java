package news.summarizer.s3.storage;

/** A downloaded object: its body and what S3 said about it. */
public record StoredObject(byte[] body, ObjectHead head) {
}
