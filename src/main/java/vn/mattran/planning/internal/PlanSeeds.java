package vn.mattran.planning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.mattran.documents.DocumentText;
import vn.mattran.organization.BodyKind;
import vn.mattran.planning.PlanContent;
import vn.mattran.planning.PlanContent.Assignment;
import vn.mattran.planning.PlanContent.BudgetLine;
import vn.mattran.planning.PlanContent.Figure;
import vn.mattran.planning.PlanContent.ProgrammeItem;
import vn.mattran.planning.PlanContent.SiteLine;
import vn.mattran.planning.PlanKind;

/**
 * The five seed documents as plans (resources/planning/seeds): the demo data of this module and the
 * material of its fidelity test. Bodies and places are named as the organisation's demo data has
 * them: a unit's code on a day, then the names of units below it, and the kind (and abbreviation) of body.
 */
public final class PlanSeeds {

	private PlanSeeds() {
	}

	/** A unit by code on a day, and below it the units named in {@code names}; with {@code kind}, its body of that kind. */
	public record Ref(String unitCode, LocalDate on, BodyKind kind, String abbreviation, List<String> names) {

		public Ref {
			names = names == null ? List.of() : List.copyOf(names);
		}
	}

	public record SeedAssignment(String key, String heading, int level, List<String> duties, List<Ref> assignees,
			LocalDate dueOn) {
	}

	public record SeedSite(String kind, String line, Ref place, Ref responsible) {
	}

	public record SeedContent(DocumentText text, List<SeedAssignment> assignments, List<BudgetLine> budget,
			List<SeedSite> sites, List<Figure> figures, List<ProgrammeItem> items, Map<Integer, String> monthHeadings) {
	}

	/** How the demo shows a task: its status, and the report that brought it there. */
	public record Progress(String assignment, int assignee, String status, LocalDate reportedOn, String text,
			Map<String, Long> figures, String reviewNote) {
	}

	public record SeedPlan(String seed, PlanKind kind, Ref issuer, Ref drafting, Integer number, String symbol,
			LocalDate issuedOn, int year, LocalDate startsOn, LocalDate endsOn, LocalDate reportDueOn, String campaign,
			SeedContent content, List<Progress> progress) {

		/** The content, with bodies and places found by {@code bodies} and {@code units} (null when not found). */
		public PlanContent content(Function<Ref, Long> bodies, Function<Ref, Long> units) {
			SeedContent seed = content;
			List<Assignment> assignments = seed.assignments().stream()
				.map(a -> new Assignment(a.key(), a.heading(), a.level(), a.duties(),
						a.assignees().stream().map(bodies).toList(), a.dueOn()))
				.toList();
			List<SiteLine> sites = seed.sites().stream()
				.map(s -> new SiteLine(s.kind(), s.line(), units.apply(s.place()), bodies.apply(s.responsible())))
				.toList();
			return new PlanContent(seed.text(), assignments, seed.budget(), sites, seed.figures(), seed.items(),
					seed.monthHeadings());
		}
	}

	public static List<SeedPlan> all() {
		JsonMapper json = JsonMapper.builder().build();
		List<SeedPlan> seeds = new ArrayList<>();
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:planning/seeds/*.json");
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					seeds.add(json.readValue(in, SeedPlan.class));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the seed plans", e);
		}
		return seeds;
	}
}
