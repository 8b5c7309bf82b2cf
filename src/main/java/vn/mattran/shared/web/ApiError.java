package vn.mattran.shared.web;

import java.util.List;

/** The JSON body of every refused API call: a message in Vietnamese and in English, and what was wrong where. */
public record ApiError(int status, String error, String message, String messageEn, String path,
		List<FieldProblem> problems) {

	/** One wrong field (or row and column of a file) and why. */
	public record FieldProblem(String field, String message) {
	}
}
