package vn.mattran.documents;

/** A piece of text with its emphasis. */
public record Run(String text, boolean bold, boolean italic) {

	public static Run plain(String text) {
		return new Run(text, false, false);
	}
}
