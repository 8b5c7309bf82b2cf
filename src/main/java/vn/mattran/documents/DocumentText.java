package vn.mattran.documents;

import java.util.Arrays;
import java.util.List;
import vn.mattran.documents.internal.DocumentMarkup;

/**
 * A document as a person (or another module) writes it: plain text fields, one item a line, the
 * body in the markup of {@code DocumentMarkup} ("# heading", "**bold**", "| table |"). Issuer lines
 * in "**…**" are the issuing body itself (bold), the others the body above it. Left out, the
 * number line is shown ({@code numbered}) and the right header column is empty.
 */
public record DocumentText(DocumentType type, Long issuerBodyId, Long draftingBodyId, String issuerLines,
		RightTitle rightTitle, Boolean numbered, String place, String titleLine, String subject, String addressees,
		String legalBases, String body, String recipientsHeading, String recipients, String signatureCapacity,
		String signaturePosition, String signatureNote, String signer) {

	/** Control characters (pasted from Word, say) print nowhere and break XML; they are dropped. */
	private static final java.util.regex.Pattern NOT_XML = java.util.regex.Pattern
		.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

	public DocumentContent toContent() {
		return printable().content();
	}

	private DocumentText printable() {
		return new DocumentText(type, issuerBodyId, draftingBodyId, clean(issuerLines), rightTitle, numbered, clean(place),
				clean(titleLine), clean(subject), clean(addressees), clean(legalBases), clean(body), clean(recipientsHeading),
				clean(recipients), clean(signatureCapacity), clean(signaturePosition), clean(signatureNote), clean(signer));
	}

	private static String clean(String text) {
		return text == null ? null : NOT_XML.matcher(text).replaceAll("");
	}

	private DocumentContent content() {
		List<DocumentContent.HeaderLine> issuer = lines(issuerLines).stream()
			.map(line -> line.startsWith("**") && line.endsWith("**") && line.length() > 4
					? new DocumentContent.HeaderLine(line.substring(2, line.length() - 2), true)
					: new DocumentContent.HeaderLine(line, false))
			.toList();
		DocumentContent.Signature signature = blank(signer) && blank(signaturePosition) && blank(signatureCapacity) ? null
				: new DocumentContent.Signature(trim(signatureCapacity), trim(signaturePosition), trim(signatureNote),
						trim(signer));
		List<String> recipientLines = lines(recipients);
		DocumentContent.Closing closing = signature == null && recipientLines.isEmpty() ? null
				: new DocumentContent.Closing(blank(recipientsHeading) ? "Nơi nhận:" : recipientsHeading.strip(),
						recipientLines, signature);
		return new DocumentContent(new DocumentContent.Header(issuer, rightTitle == null ? RightTitle.NONE : rightTitle,
				numbered == null || numbered, trim(place)),
				blank(titleLine) ? null : titleLine.strip(), lines(subject).stream().map(DocumentMarkup::runs).toList(),
				lines(addressees),
				lines(legalBases).stream().map(DocumentMarkup::runs).toList(), DocumentMarkup.parse(body), closing);
	}

	/** The text of stored content, to edit it again. */
	public static DocumentText of(DocumentType type, Long issuerBodyId, Long draftingBodyId, DocumentContent content) {
		String issuer = String.join("\n", content.header().issuer().stream()
			.map(line -> line.bold() ? "**" + line.text() + "**" : line.text())
			.toList());
		DocumentContent.Closing closing = content.closing();
		DocumentContent.Signature signature = closing == null ? null : closing.signature();
		return new DocumentText(type, issuerBodyId, draftingBodyId, issuer, content.header().rightTitle(),
				content.header().numbered(), content.header().place(), content.titleLine(),
				String.join("\n", content.subject().stream().map(DocumentMarkup::formatRuns).toList()),
				String.join("\n", content.addressees()),
				String.join("\n", content.legalBases().stream().map(DocumentMarkup::formatRuns).toList()),
				DocumentMarkup.format(content.body()), closing == null ? null : closing.recipientsHeading(),
				closing == null ? null : String.join("\n", closing.recipients()),
				signature == null ? null : signature.capacity(), signature == null ? null : signature.position(),
				signature == null ? null : signature.note(), signature == null ? null : signature.signer());
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String trim(String text) {
		return blank(text) ? null : text.strip();
	}
}
