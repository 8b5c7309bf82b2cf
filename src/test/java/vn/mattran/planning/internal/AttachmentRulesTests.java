package vn.mattran.planning.internal;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.mattran.planning.PlanningSamples;
import vn.mattran.shared.error.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a report may carry, told from the files' bytes, with a message naming the file and the limit. */
class AttachmentRulesTests {

	@Test
	void photosPdfAndVideosAreTakenAsWhatTheyAre() {
		List<AttachmentRules.Checked> checked = AttachmentRules.check(List.of(
				new AttachmentUpload("anh hien truong.jpg", PlanningSamples.jpeg()),
				new AttachmentUpload("bao-cao.pdf", PlanningSamples.pdf()),
				new AttachmentUpload("video.mp4", PlanningSamples.mp4())));
		assertThat(checked).extracting(AttachmentRules.Checked::kind)
			.containsExactly(AttachmentRules.Kind.PHOTO, AttachmentRules.Kind.PDF, AttachmentRules.Kind.VIDEO);
		assertThat(checked).extracting(AttachmentRules.Checked::mediaType)
			.containsExactly("image/jpeg", "application/pdf", "video/mp4");
	}

	@Test
	void aRenamedProgramIsRefusedWhateverItsName() {
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF };
		assertThatThrownBy(() -> AttachmentRules.check(List.of(new AttachmentUpload("anh.jpg", program))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> {
				assertThat(((InvalidInput) e).messageKey()).isEqualTo("report.error.fileType");
				assertThat(((InvalidInput) e).args()[0]).isEqualTo("anh.jpg");
			});
	}

	@Test
	void aPhotoOverTenMegabytesIsRefusedWithItsSizeAndTheLimit() {
		byte[] big = Arrays.copyOf(PlanningSamples.jpeg(), 11 * 1024 * 1024);
		assertThatThrownBy(() -> AttachmentRules.check(List.of(new AttachmentUpload("to.jpg", big))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).args()).containsExactly("to.jpg", "11,0 MB", "10,0 MB"));
	}

	@Test
	void moreThanFiveFilesOrFortyMegabytesTogetherAreRefused() {
		List<AttachmentUpload> six = java.util.stream.IntStream.range(0, 6)
			.mapToObj(i -> new AttachmentUpload(i + ".jpg", PlanningSamples.jpeg())).toList();
		assertThatThrownBy(() -> AttachmentRules.check(six)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("report.error.tooManyFiles");
		byte[] pdf = Arrays.copyOf(PlanningSamples.pdf(), 15 * 1024 * 1024);
		List<AttachmentUpload> heavy = List.of(new AttachmentUpload("1.pdf", pdf), new AttachmentUpload("2.pdf", pdf),
				new AttachmentUpload("3.pdf", pdf));
		assertThatThrownBy(() -> AttachmentRules.check(heavy)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("report.error.tooLargeTogether");
	}

	@Test
	void anEmptyFileIsNamed() {
		assertThatThrownBy(() -> AttachmentRules.check(List.of(new AttachmentUpload("rong.pdf", new byte[0]))))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).args()).containsExactly("rong.pdf"));
	}
}
