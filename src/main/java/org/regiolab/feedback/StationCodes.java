package org.regiolab.feedback;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.regiolab.platform.PlatformProperties;

import org.springframework.stereotype.Component;

/**
 * The QR code on a station's card: it leads a visitor's phone to the station's feedback page. SVG
 * prints sharp at any size; PNG is for programs that take no SVG.
 */
@Component
public class StationCodes {

	/** White modules around the code, as the QR standard asks. */
	private static final int QUIET_ZONE = 4;

	private final URI publicUrl;

	StationCodes(PlatformProperties properties) {
		this.publicUrl = properties.publicUrl();
	}

	/** Where the code leads: the station's page for visitors. */
	public String target(UUID station) {
		return publicUrl.resolve("/stations/" + station + "/feedback").toString();
	}

	public String svg(UUID station, String title) {
		BitMatrix matrix = matrix(station);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					int run = 1;
					while (x + run < matrix.getWidth() && matrix.get(x + run, y)) {
						run++;
					}
					path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
						.append('h').append(run).append("v1h-").append(run).append('z');
					x += run - 1;
				}
			}
		}
		int size = matrix.getWidth() + 2 * QUIET_ZONE;
		return """
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges" role="img" \
				aria-labelledby="qr-title"><title id="qr-title">%s</title><rect width="100%%" height="100%%" fill="#fff"/>\
				<path fill="#000" d="%s"/></svg>""".formatted(size, size, escape(title), path);
	}

	/** @param scale pixels per module */
	public byte[] png(UUID station, int scale) {
		BitMatrix matrix = matrix(station);
		int size = (matrix.getWidth() + 2 * QUIET_ZONE) * scale;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				int mx = x / scale - QUIET_ZONE;
				int my = y / scale - QUIET_ZONE;
				boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my);
				image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	private BitMatrix matrix(UUID station) {
		try {
			// medium error correction survives a scratched or creased card
			return new QRCodeWriter().encode(target(station), BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("Cannot encode " + target(station), ex);
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
