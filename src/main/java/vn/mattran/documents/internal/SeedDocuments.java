package vn.mattran.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.documents.DocumentText;
import vn.mattran.documents.Numbering;
import vn.mattran.organization.BodyKind;

/**
 * The five seed documents written in the document model (resources/documents/seeds): the demo
 * data of this module and the test material of its fidelity test. Each names its issuing body
 * by the unit's code, a day and the kind of body, as the organisation's demo data has them.
 */
public final class SeedDocuments {

	private SeedDocuments() {
	}

	/** Where a body is: the unit with {@code unitCode} on {@code on}, its body of {@code kind} (and abbreviation). */
	public record BodyRef(String unitCode, LocalDate on, BodyKind kind, String abbreviation) {
	}

	/** One seed: the original's file name, issuer, number and symbol as recorded, date of issue, and the text. */
	public record SeedDocument(String seed, BodyRef issuer, BodyRef drafting, Integer number, String symbol,
			LocalDate issuedOn, DocumentText text) {

		public Numbering numbering() {
			return new Numbering(number, symbol, issuedOn);
		}
	}

	public static List<SeedDocument> all() {
		JsonMapper json = JsonMapper.builder().build();
		List<SeedDocument> seeds = new ArrayList<>();
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:documents/seeds/*.json");
			java.util.Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					seeds.add(json.readValue(in, SeedDocument.class));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the seed documents", e);
		}
		return seeds;
	}
}
