package vn.mattran.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.mattran.documents.internal.SeedDocuments;
import vn.mattran.documents.internal.SeedDocuments.SeedDocument;
import vn.mattran.documents.internal.render.DocxRenderer;
import vn.mattran.documents.internal.render.PdfRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the five seed documents, written in the document model and rendered, reads back (from
 * the DOCX with POI, from the PDF with PDFBox) as the original text, white space aside. The
 * rendered files are kept under target/seed-documents for a person to look at.
 */
class SeedFidelityTests {

	static final Path SEEDS = Path.of("..", "shared", "seeds");

	static Stream<SeedDocument> seeds() {
		return SeedDocuments.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void theDocxReadsAsTheOriginal(SeedDocument seed) throws Exception {
		byte[] docx = DocxRenderer.render(seed.text().toContent(), seed.numbering());
		keep(seed, "docx", docx);
		assertSameText(seed, DocumentTexts.docx(docx));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void thePdfReadsAsTheOriginal(SeedDocument seed) throws Exception {
		byte[] pdf = PdfRenderer.render(seed.text().toContent(), seed.numbering());
		keep(seed, "pdf", pdf);
		assertSameText(seed, DocumentTexts.pdf(pdf));
	}

	private static void assertSameText(SeedDocument seed, String rendered) throws Exception {
		String expected = DocumentTexts.normalizedOriginal(SEEDS.resolve(seed.seed() + ".txt"));
		List<String> differences = DocumentTexts.differences(expected, DocumentTexts.normalized(rendered));
		assertThat(differences).as("differences from %s.txt", seed.seed()).isEmpty();
	}

	private static void keep(SeedDocument seed, String format, byte[] content) throws Exception {
		Path file = Path.of("target", "seed-documents", seed.seed() + "." + format);
		Files.createDirectories(file.getParent());
		Files.write(file, content);
	}
}
