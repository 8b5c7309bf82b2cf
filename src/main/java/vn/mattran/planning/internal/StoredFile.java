package vn.mattran.planning.internal;

/** A report's attachment as kept: its task, name, media type (read from its bytes) and content. */
public record StoredFile(long taskId, String fileName, String mediaType, byte[] content) {
}
