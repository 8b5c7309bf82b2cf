package vn.mattran.planning.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.Tika;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.format.Formats;

/**
 * What a report may carry: photos, PDF and short videos, each kind with its own size, and a total
 * per report. The kind is read from the file's bytes, not from its name, so a renamed file is told apart.
 */
final class AttachmentRules {

	static final int MAX_FILES = 5;
	static final long MAX_TOTAL = 40L * 1024 * 1024;

	/** The kinds of attachment and the most each may weigh. */
	enum Kind {
		PHOTO(10L * 1024 * 1024), PDF(20L * 1024 * 1024), VIDEO(20L * 1024 * 1024);

		final long maxBytes;

		Kind(long maxBytes) {
			this.maxBytes = maxBytes;
		}
	}

	private static final Map<String, Kind> TYPES = Map.ofEntries(Map.entry("image/jpeg", Kind.PHOTO),
			Map.entry("image/png", Kind.PHOTO), Map.entry("image/webp", Kind.PHOTO), Map.entry("image/heic", Kind.PHOTO),
			Map.entry("image/heif", Kind.PHOTO), Map.entry("application/pdf", Kind.PDF), Map.entry("video/mp4", Kind.VIDEO),
			Map.entry("video/quicktime", Kind.VIDEO), Map.entry("video/webm", Kind.VIDEO), Map.entry("video/x-m4v", Kind.VIDEO),
			Map.entry("video/3gpp", Kind.VIDEO));

	private static final Tika TIKA = new Tika();

	private AttachmentRules() {
	}

	/** A file that passed: its media type and kind as read from its bytes. */
	record Checked(String fileName, String mediaType, Kind kind, byte[] content) {
	}

	/** Every file checked, or a message naming the first one refused and why. */
	static List<Checked> check(List<AttachmentUpload> uploads) {
		List<AttachmentUpload> files = uploads.stream().filter(u -> u.content() != null && u.content().length > 0
				|| u.fileName() != null && !u.fileName().isBlank()).toList();
		if (files.size() > MAX_FILES) {
			throw new InvalidInput("files", "report.error.tooManyFiles", files.size(), MAX_FILES);
		}
		long total = files.stream().mapToLong(u -> u.content() == null ? 0 : u.content().length).sum();
		if (total > MAX_TOTAL) {
			throw new InvalidInput("files", "report.error.tooLargeTogether", size(total), size(MAX_TOTAL));
		}
		return files.stream().map(AttachmentRules::checked).toList();
	}

	private static Checked checked(AttachmentUpload upload) {
		String name = upload.fileName() == null || upload.fileName().isBlank() ? "?" : upload.fileName().strip();
		byte[] content = upload.content();
		if (content == null || content.length == 0) {
			throw new InvalidInput("files", "upload.error.empty", name);
		}
		String mediaType = TIKA.detect(content, name).toLowerCase(Locale.ROOT);
		Kind kind = TYPES.get(mediaType);
		if (kind == null) {
			throw new InvalidInput("files", "report.error.fileType", name, mediaType);
		}
		if (content.length > kind.maxBytes) {
			throw new InvalidInput("files", "report.error.fileTooLarge", name, size(content.length), size(kind.maxBytes));
		}
		return new Checked(name, mediaType, kind, content);
	}

	private static String size(long bytes) {
		return Formats.fileSize(bytes);
	}
}
