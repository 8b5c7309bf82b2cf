package vn.mattran.planning.internal;

import java.util.Locale;
import vn.mattran.documents.DocumentText;
import vn.mattran.planning.PlanKind;

/**
 * How a plan is named in lists: "Chương trình công tác năm 2021", "Kế hoạch phối hợp …",
 * "V/v phối hợp ra quân …" for a dispatch, whatever capitals and markup the document uses.
 */
final class PlanTitles {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private PlanTitles() {
	}

	static String of(PlanKind kind, DocumentText text) {
		String subject = plain(text.subject());
		if (subject.equals(subject.toUpperCase(VIETNAMESE))) {
			subject = subject.toLowerCase(VIETNAMESE);
		}
		if (kind == PlanKind.DISPATCH) {
			return subject.isEmpty() ? "Công văn" : "V/v " + subject;
		}
		String title = text.titleLine() == null || text.titleLine().isBlank() ? kind == PlanKind.PROGRAMME
				? "Chương trình" : "Kế hoạch" : sentence(plain(text.titleLine()).toLowerCase(VIETNAMESE));
		if (subject.isEmpty()) {
			return title;
		}
		return title + " " + Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
	}

	private static String plain(String text) {
		return text == null ? "" : text.replaceAll("[*_]", "").replaceAll("\\s+", " ").strip();
	}

	private static String sentence(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
