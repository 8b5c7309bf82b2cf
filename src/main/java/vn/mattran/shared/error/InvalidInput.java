package vn.mattran.shared.error;

/** Input refused because of one field: a form shows the message beside that field. */
public class InvalidInput extends UserFacingException {

	private final String field;

	public InvalidInput(String field, String messageKey, Object... args) {
		super(422, messageKey, args);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
