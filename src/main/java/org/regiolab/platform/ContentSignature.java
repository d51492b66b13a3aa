package org.regiolab.platform;

import java.util.Optional;

/**
 * What the first bytes of an upload say it is, whatever its name or the browser claims. Uploads
 * are accepted by their content, never by their name.
 */
public final class ContentSignature {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private ContentSignature() {
	}

	/** {@code image/png} or {@code image/jpeg}, the raster images every browser, PDF and Word document shows; or nothing. */
	public static Optional<String> image(byte[] content) {
		if (startsWith(content, PNG)) {
			return Optional.of("image/png");
		}
		return startsWith(content, JPEG) ? Optional.of("image/jpeg") : Optional.empty();
	}

	public static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
