package vn.mattran.shared.error;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A refusal a person should read: an HTTP status and a message key (messages.properties) with its
 * arguments, rendered in the reader's language on pages and in the API's JSON.
 */
public class UserFacingException extends RuntimeException {

	private final int status;
	private final String messageKey;
	private final transient Object[] args;

	public UserFacingException(int status, String messageKey, Object... args) {
		super(messageKey + Arrays.toString(args));
		this.status = status;
		this.messageKey = messageKey;
		this.args = args;
	}

	/** An argument that is itself a message key ("fund.channel.CASH"), shown in the reader's language. */
	public static MessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, key);
	}

	public static UserFacingException notFound(String messageKey, Object... args) {
		return new UserFacingException(404, messageKey, args);
	}

	public static UserFacingException forbidden(String messageKey, Object... args) {
		return new UserFacingException(403, messageKey, args);
	}

	public static UserFacingException invalid(String messageKey, Object... args) {
		return new UserFacingException(422, messageKey, args);
	}

	public static UserFacingException conflict(String messageKey, Object... args) {
		return new UserFacingException(409, messageKey, args);
	}

	public int status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}
}
