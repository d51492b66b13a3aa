package org.regiolab.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets handed out once: API tokens, invitation and cancellation links, profile links. A
 * token is an optional prefix followed by its random bytes in URL-safe Base64 without padding, so it
 * fits into a link as it is; 32 bytes give 43 characters, 24 bytes 32. Where only the
 * {@linkplain #hash hash} is stored, a fast SHA-256 is safe because the secret carries at least 192
 * bits of chance, where a password needs bcrypt.
 */
public final class SecretTokens {

	/** 256 random bits, the default. */
	public static final int DEFAULT_BYTES = 32;

	private static final SecureRandom random = new SecureRandom();

	private SecretTokens() {
	}

	/** A new secret of 256 random bits without a prefix. */
	public static String newToken() {
		return newToken("", DEFAULT_BYTES);
	}

	/** A new secret of 256 random bits after {@code prefix} (e.g. {@code "inv_"}), which tells what it is for. */
	public static String newToken(String prefix) {
		return newToken(prefix, DEFAULT_BYTES);
	}

	/** A new secret of {@code randomBytes} random bytes after {@code prefix}, which may be empty. */
	public static String newToken(String prefix, int randomBytes) {
		byte[] bytes = new byte[randomBytes];
		random.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The SHA-256 of the token's UTF-8 bytes as 64 lower-case hex digits: what is stored in its place. */
	public static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
