package org.regiolab.portal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.regiolab.platform.ContentSignature;
import org.regiolab.platform.InvalidInputException;

/**
 * Checks an uploaded photo by its content and scales it with the JDK's own image I/O: PNG or JPEG
 * only, whatever its name says; its size is read from the header before anything is decoded, so a
 * small file that claims a gigantic picture is refused before it can fill the memory. The result
 * is a JPEG without the original's metadata.
 */
final class PhotoScaler {

	static final int MAX_BYTES = 10 * 1024 * 1024;
	static final long MAX_PIXELS = 40_000_000L;
	static final int LARGE = 1200;
	static final int THUMBNAIL = 480;

	/** A scaled photo and its thumbnail, both JPEG. */
	record Scaled(byte[] image, int width, int height, byte[] thumbnail) {
	}

	private PhotoScaler() {
	}

	/** @throws InvalidInputException naming {@code file} for anything but a PNG or JPEG photo of sensible size */
	static Scaled scale(byte[] upload) {
		if (upload.length == 0 || upload.length > MAX_BYTES) {
			throw invalid("portal.photo.size");
		}
		if (ContentSignature.image(upload).isEmpty()) {
			throw invalid("portal.photo.type");
		}
		try {
			BufferedImage original = decode(upload);
			BufferedImage large = fit(original, LARGE);
			return new Scaled(jpeg(large), large.getWidth(), large.getHeight(), jpeg(fit(original, THUMBNAIL)));
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw invalid("portal.photo.unreadable");
		}
	}

	private static BufferedImage decode(byte[] upload) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw invalid("portal.photo.type");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw invalid("portal.photo.size");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
	}

	/** Scaled to fit {@code longest} pixels on its longer side (never enlarged), on white where it was transparent. */
	private static BufferedImage fit(BufferedImage original, int longest) {
		double factor = Math.min(1.0, (double) longest / Math.max(original.getWidth(), original.getHeight()));
		int width = Math.max(1, (int) Math.round(original.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(original.getHeight() * factor));
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = scaled.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(original, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return scaled;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam quality = writer.getDefaultWriteParam();
			quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			quality.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), quality);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static InvalidInputException invalid(String key) {
		return new InvalidInputException("file", key, "Not a photo RegioLab takes");
	}
}
