package vn.mattran.planning.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import vn.mattran.planning.internal.AttachmentUpload;

/** Files of a form or an API call as the attachment rules read them; a form's empty file field is no file. */
public final class Uploads {

	private Uploads() {
	}

	public static List<AttachmentUpload> of(List<MultipartFile> files) {
		List<AttachmentUpload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			try {
				uploads.add(new AttachmentUpload(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return uploads;
	}
}
