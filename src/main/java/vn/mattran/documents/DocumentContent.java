package vn.mattran.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a document says, in the parts of Decree 30's layout: the header (issuing body,
 * national title, number line, place and date), the title (type and subject) or for a công văn
 * the "V/v" line and the addressees, the legal bases, the body, and the closing (recipients and
 * signature). Number and date come from the register when the document is issued.
 */
public record DocumentContent(Header header, String titleLine, List<List<Run>> subject, List<String> addressees,
		List<List<Run>> legalBases, List<Block> body, Closing closing) {

	public DocumentContent {
		subject = subject.stream().map(List::copyOf).toList();
		addressees = List.copyOf(addressees);
		legalBases = legalBases.stream().map(List::copyOf).toList();
		body = List.copyOf(body);
	}

	/** The left header column (issuing body, upper body first), the title of the right one, number line and place. */
	public record Header(List<HeaderLine> issuer, RightTitle rightTitle, boolean numbered, String place) {

		public Header {
			issuer = List.copyOf(issuer);
		}
	}

	/** One line of the issuing body's name; the body itself is bold, the body above it upright. */
	public record HeaderLine(String text, boolean bold) {
	}

	/** Who receives it ("Nơi nhận:" and its lines) and who signs it. */
	public record Closing(String recipientsHeading, List<String> recipients, Signature signature) {

		public Closing {
			recipients = List.copyOf(recipients);
		}
	}

	/** "TM. BAN THƯỜNG TRỰC" / "PHÓ CHỦ TỊCH" / "(Đã ký)" / "Nguyễn Thị Lan"; any part may be null. */
	public record Signature(String capacity, String position, String note, String signer) {
	}

	/** The subject in one line, for registers and lists. */
	public String title() {
		return String.join(" ", subject.stream().map(DocumentContent::text).toList());
	}

	static String text(List<Run> runs) {
		return runs.stream().map(Run::text).reduce("", String::concat);
	}

	/** Every word of the document in reading order, for search and for comparing with an original. */
	public String plainText() {
		List<String> parts = new ArrayList<>();
		header.issuer().forEach(line -> parts.add(line.text()));
		subject.forEach(runs -> parts.add(text(runs)));
		parts.addAll(addressees);
		legalBases.forEach(runs -> parts.add(text(runs)));
		body.forEach(block -> parts.add(block.text()));
		if (closing != null) {
			parts.addAll(closing.recipients());
			Signature signature = closing.signature();
			if (signature != null) {
				for (String part : new String[] { signature.capacity(), signature.position(), signature.note(),
						signature.signer() }) {
					if (part != null) {
						parts.add(part);
					}
				}
			}
		}
		if (titleLine != null) {
			parts.add(0, titleLine);
		}
		return String.join("\n", parts);
	}
}
