package org.regiolab.labs;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.regiolab.labs.FactSheet.FundingNotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Logos print at their natural size, at most 6 × 2 cm, and only as PNG or JPEG. */
class LogoTest {

	@Test
	void aSmallLogoKeepsItsNaturalSizeAndTheBytesTellItsType() throws IOException {
		Logo logo = Logo.of(notice(image(120, 40, "jpeg"), "image/png"));

		assertThat(logo.mediaType()).isEqualTo("image/jpeg");
		assertThat(logo.widthPt()).isCloseTo(90, within(0.01));
		assertThat(logo.heightPt()).isCloseTo(30, within(0.01));
	}

	@Test
	void aLargeLogoShrinksToTwoCentimetresHighKeepingItsProportions() throws IOException {
		Logo logo = Logo.of(notice(image(600, 300, "png"), null));

		assertThat(logo.heightPt()).isCloseTo(2 / 2.54 * 72, within(0.01));
		assertThat(logo.widthPt()).isCloseTo(2 * logo.heightPt(), within(0.01));
	}

	@Test
	void aNoticeWithoutLogoHasNone() {
		assertThat(Logo.of(notice(null, null))).isNull();
	}

	@Test
	void aGifIsRefused() throws IOException {
		FundingNotice gif = notice(image(10, 10, "gif"), "image/gif");

		assertThatIllegalArgumentException().isThrownBy(() -> Logo.of(gif)).withMessageContaining("WDM");
	}

	private static FundingNotice notice(byte[] logo, String mediaType) {
		return new FundingNotice("WDM", "Gefördert aus Mitteln des EFRE.", logo, mediaType);
	}

	private static byte[] image(int width, int height, String format) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, bytes);
		return bytes.toByteArray();
	}
}
