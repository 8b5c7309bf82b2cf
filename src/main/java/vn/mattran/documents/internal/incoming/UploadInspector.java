package vn.mattran.documents.internal.incoming;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.mattran.shared.error.InvalidInput;

/**
 * Looks inside an uploaded document before anything is stored: it must be a PDF or a DOCX by its
 * content, as its name says, readable without a password and not empty; its text is taken out for
 * search. Every refusal names the file and what is wrong with it.
 */
final class UploadInspector {

	static final int MAX_BYTES = 20 * 1024 * 1024;
	private static final long PDF_MEMORY = 64L * 1024 * 1024;
	private static final java.time.Duration PDF_TIME = java.time.Duration.ofSeconds(15);
	private static final int MAX_PAGES_READ = 300;
	private static final int MAX_TEXT = 500_000;
	static final String PDF = "application/pdf";
	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private UploadInspector() {
	}

	/** What was found: the kind of file and its text. */
	record Inspected(String mediaType, String text) {
	}

	static Inspected inspect(String fileName, byte[] content) {
		String name = fileName == null || fileName.isBlank() ? "(không tên)" : fileName;
		if (content == null || content.length == 0) {
			throw new InvalidInput("file", "upload.error.empty", name);
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInput("file", "upload.error.tooLarge", name, "20 MB");
		}
		String extension = extension(name);
		Kind kind = Kind.of(content);
		if (!extension.equals("pdf") && !extension.equals("docx")) {
			throw new InvalidInput("file", "upload.error.unsupported", name);
		}
		Kind claimed = extension.equals("pdf") ? Kind.PDF : Kind.DOCX;
		if (kind == Kind.OLE2 && claimed == Kind.DOCX) {
			throw new InvalidInput("file", "upload.error.encryptedOrOld", name);
		}
		if (kind == Kind.OTHER) {
			throw new InvalidInput("file", "upload.error.notWhatItClaimsUnknown", name, "." + extension);
		}
		if (kind != claimed) {
			throw new InvalidInput("file", "upload.error.notWhatItClaims", name, "." + extension, kind.description);
		}
		return kind == Kind.PDF ? new Inspected(PDF, pdfText(name, content)) : new Inspected(DOCX, docxText(name, content));
	}

	/**
	 * The text of the first pages, read with a time budget and a bounded memory cache: a small file
	 * can unpack into gigabytes of drawing commands, and must not hold a server thread for minutes.
	 */
	private static String pdfText(String name, byte[] content) {
		try (PDDocument document = Loader.loadPDF(content, "", null, null,
				MemoryUsageSetting.setupMixed(PDF_MEMORY).streamCache)) {
			if (document.getNumberOfPages() == 0) {
				throw new InvalidInput("file", "upload.error.empty", name);
			}
			BudgetedStripper stripper = new BudgetedStripper(System.nanoTime() + PDF_TIME.toNanos());
			stripper.setEndPage(MAX_PAGES_READ);
			String text = stripper.getText(document);
			return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
		}
		catch (InvalidPasswordException e) {
			throw new InvalidInput("file", "upload.error.encrypted", name);
		}
		catch (OverBudget e) {
			throw new InvalidInput("file", "upload.error.tooComplex", name);
		}
		catch (IOException e) {
			throw new InvalidInput("file", "upload.error.broken", name, "PDF");
		}
	}

	/** Stops reading a PDF whose pages take longer than the budget. */
	private static final class BudgetedStripper extends PDFTextStripper {

		private final long deadline;

		BudgetedStripper(long deadline) {
			this.deadline = deadline;
		}

		@Override
		protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
				java.util.List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
			if (System.nanoTime() > deadline) {
				throw new OverBudget();
			}
			super.processOperator(operator, operands);
		}
	}

	private static final class OverBudget extends IOException {
	}

	private static String docxText(String name, byte[] content) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
		}
		catch (IOException | RuntimeException e) {
			throw new InvalidInput("file", "upload.error.broken", name, "DOCX");
		}
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** What the first bytes say a file is. */
	private enum Kind {
		PDF("PDF"), DOCX("DOCX"), OLE2("Office 97–2003"), ZIP("ZIP"), OTHER(null);

		final String description;

		Kind(String description) {
			this.description = description;
		}

		static Kind of(byte[] content) {
			if (startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
				return PDF;
			}
			if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
				return hasWordDocument(content) ? DOCX : ZIP;
			}
			if (startsWith(content, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 })) {
				return OLE2;
			}
			return OTHER;
		}

		private static boolean hasWordDocument(byte[] zip) {
			try (var entries = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
				for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
					if (entry.getName().equals("word/document.xml")) {
						return true;
					}
				}
				return false;
			}
			catch (IOException e) {
				return false;
			}
		}

		private static boolean startsWith(byte[] content, byte[] magic) {
			if (content.length < magic.length) {
				return false;
			}
			for (int i = 0; i < magic.length; i++) {
				if (content[i] != magic[i]) {
					return false;
				}
			}
			return true;
		}
	}
}
