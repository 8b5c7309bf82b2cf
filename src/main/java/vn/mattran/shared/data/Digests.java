package vn.mattran.shared.data;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of stored files and secrets. */
public final class Digests {

	private Digests() {
	}

	public static byte[] sha256(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java has SHA-256", e);
		}
	}
}
