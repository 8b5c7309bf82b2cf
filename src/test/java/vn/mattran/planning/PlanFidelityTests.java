package vn.mattran.planning;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.mattran.documents.DocumentTexts;
import vn.mattran.documents.DocumentText;
import vn.mattran.documents.Numbering;
import vn.mattran.documents.internal.SeedDocuments;
import vn.mattran.documents.internal.SeedDocuments.SeedDocument;
import vn.mattran.documents.internal.render.DocxRenderer;
import vn.mattran.documents.internal.render.PdfRenderer;
import vn.mattran.planning.internal.PlanSeeds;
import vn.mattran.planning.internal.PlanSeeds.SeedPlan;
import vn.mattran.planning.internal.PlanWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each seed, kept as planning's own data (assignments, budget lines, model sites, programme items,
 * anniversaries and lunar year names computed for its year), written out as a document and rendered
 * through the documents module, reads back as the original seed text.
 */
class PlanFidelityTests {

	private static final Map<String, SeedDocument> DOCUMENTS = SeedDocuments.all().stream()
		.collect(Collectors.toMap(SeedDocument::seed, Function.identity()));

	static Stream<SeedPlan> seeds() {
		return PlanSeeds.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void theWrittenPlanIsTheSeedDocument(SeedPlan seed) {
		DocumentText written = written(seed);
		DocumentText original = DOCUMENTS.get(seed.seed()).text();
		assertThat(lines(written.body())).isEqualTo(lines(original.body()));
		assertThat(written).isEqualTo(original);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void itsPdfReadsAsTheOriginal(SeedPlan seed) throws Exception {
		byte[] pdf = PdfRenderer.render(written(seed).toContent(), numbering(seed));
		assertSameText(seed, DocumentTexts.pdf(pdf));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void itsDocxReadsAsTheOriginal(SeedPlan seed) throws Exception {
		byte[] docx = DocxRenderer.render(written(seed).toContent(), numbering(seed));
		assertSameText(seed, DocumentTexts.docx(docx));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void nothingIsTypedTwice(SeedPlan seed) {
		String body = seed.content().text().body();
		if (seed.kind() == PlanKind.PROGRAMME) {
			assertThat(body).as("the programme's items are data").contains("@chuong-trinh");
			assertThat(seed.content().items()).hasSize(36);
		}
		else {
			assertThat(body).as("each assignment is data").contains("@giao:");
			assertThat(seed.content().assignments()).allSatisfy(a -> assertThat(a.assignees()).isNotEmpty());
		}
	}

	private static DocumentText written(SeedPlan seed) {
		return PlanWriter.document(seed.content(ref -> 0L, ref -> 0L), seed.year());
	}

	private static Numbering numbering(SeedPlan seed) {
		return DOCUMENTS.get(seed.seed()).numbering();
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : List.of(text.split("\n"));
	}

	private static void assertSameText(SeedPlan seed, String rendered) throws Exception {
		String expected = DocumentTexts.normalizedOriginal(Path.of("..", "shared", "seeds", seed.seed() + ".txt"));
		assertThat(DocumentTexts.differences(expected, DocumentTexts.normalized(rendered)))
			.as("differences from %s.txt", seed.seed()).isEmpty();
	}
}
