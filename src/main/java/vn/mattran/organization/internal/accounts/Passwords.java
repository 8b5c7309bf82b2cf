package vn.mattran.organization.internal.accounts;

import java.security.SecureRandom;
import vn.mattran.shared.error.InvalidInput;

/** Generated passwords, and the rules a chosen one must meet. */
public final class Passwords {

	public static final int MIN_LENGTH = 10;
	// No 0/O, 1/l/I: generated passwords are read off a screen and typed.
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	public static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new InvalidInput("newPassword", "password.error.tooShort", MIN_LENGTH);
		}
		if (password.length() > 200) {
			throw new InvalidInput("newPassword", "password.error.tooLong");
		}
		if (password.toLowerCase().contains(username.toLowerCase())) {
			throw new InvalidInput("newPassword", "password.error.containsUsername");
		}
		if (password.chars().distinct().count() < 5) {
			throw new InvalidInput("newPassword", "password.error.tooSimple");
		}
	}
}
