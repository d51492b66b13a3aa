package org.regiolab.labs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.FactSheet.FundingNotice;

/**
 * A funding programme's logo as both exports print it: PNG or JPEG, as the bytes say whatever the
 * stated media type, at its natural size (96 pixels to the inch) but no larger than 6 × 2 cm.
 */
public record Logo(byte[] image, String mediaType, double widthPt, double heightPt) {

	private static final double POINTS_PER_PIXEL = 72.0 / 96;
	private static final double MAX_WIDTH_PT = 6 / 2.54 * 72;
	private static final double MAX_HEIGHT_PT = 2 / 2.54 * 72;

	/** The notice's logo, or null when it has none; anything but PNG or JPEG is refused. */
	static @Nullable Logo of(FundingNotice notice) {
		byte[] image = notice.logo();
		if (image == null) {
			return null;
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw notPngOrJpeg(notice);
			}
			ImageReader reader = readers.next();
			try {
				String mediaType = switch (reader.getFormatName().toLowerCase(Locale.ROOT)) {
					case "png" -> "image/png";
					case "jpeg", "jpg" -> "image/jpeg";
					default -> throw notPngOrJpeg(notice);
				};
				reader.setInput(in);
				double width = reader.getWidth(0) * POINTS_PER_PIXEL;
				double height = reader.getHeight(0) * POINTS_PER_PIXEL;
				double scale = Math.min(1, Math.min(MAX_WIDTH_PT / width, MAX_HEIGHT_PT / height));
				return new Logo(image, mediaType, width * scale, height * scale);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the logo of " + notice.programme(), ex);
		}
	}

	public String dataUri() {
		return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(image);
	}

	private static IllegalArgumentException notPngOrJpeg(FundingNotice notice) {
		return new IllegalArgumentException("The logo of " + notice.programme() + " is neither PNG nor JPEG");
	}
}
