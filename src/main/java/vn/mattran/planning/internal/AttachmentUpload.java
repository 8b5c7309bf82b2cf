package vn.mattran.planning.internal;

/** A file someone attached to a report: its name as sent, and its bytes. */
public record AttachmentUpload(String fileName, byte[] content) {
}
