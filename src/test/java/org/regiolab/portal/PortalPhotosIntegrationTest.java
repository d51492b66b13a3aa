package org.regiolab.portal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Photos of a profile: checked by their content, scaled on the server, shown at once when the
 * office uploads them and after review when the business does; a script named like a picture, a
 * broken picture and a picture that claims to be gigantic are refused with 422.
 */
@IntegrationTest
class PortalPhotosIntegrationTest {

	static final RequestPostProcessor OFFICE = user(DemoUser.COORDINATOR.email()).roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	ProfileRegistry registry;

	@Autowired
	NetworkDirectory network;

	@Test
	void theOfficesPhotoIsScaledAndShownAtOnceABusinessPhotoAfterReview() throws Exception {
		UUID profile = published();
		String location = mvc.perform(multipart("/api/v1/portal/profiles/{id}/photos", profile)
				.file(file("laden.png", png(2400, 1200))).param("caption", "Die Ladentheke mit Brot").with(OFFICE))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.width").value(1200)).andExpect(jsonPath("$.height").value(600))
			.andExpect(jsonPath("$.approved").value(true))
			.andReturn().getResponse().getHeader("Location");
		byte[] served = mvc.perform(get(location)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Cache-Control", containsString("immutable")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(ImageIO.read(new ByteArrayInputStream(served)).getWidth()).isEqualTo(1200);
		mvc.perform(get(location).param("size", "thumbnail")).andExpect(status().isOk());
		mvc.perform(get("/portal/profiles/{id}", profile)).andExpect(status().isOk())
			.andExpect(content().string(containsString("alt=\"Die Ladentheke mit Brot\"")))
			.andExpect(content().string(containsString("loading=\"lazy\"")));

		registry.addEditor(profile, DemoUser.MEMBER.email());
		String waiting = mvc.perform(multipart("/api/v1/portal/profiles/{id}/photos", profile)
				.file(file("team.jpg", jpeg(800, 600))).param("caption", "Das Team")
				.with(user(DemoUser.MEMBER.email()).roles("MEMBER")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.approved").value(false))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get(waiting)).andExpect(status().isNotFound());
		assertThat(registry.load(profile).status()).isEqualTo(ProfileStatus.SUBMITTED);
		registry.publish(profile);
		mvc.perform(get(waiting)).andExpect(status().isOk());
	}

	@Test
	void aScriptABrokenPictureAndAGiganticOneAreRefused() throws Exception {
		UUID profile = published();
		byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/api/v1/portal/profiles/{id}/photos", profile).file(file("foto.png", script))
				.param("caption", "Ein Foto").with(OFFICE))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("file"));
		byte[] broken = png(10, 10);
		for (int i = 40; i < broken.length - 12; i++) {
			broken[i] = (byte) 0x5a;
		}
		mvc.perform(multipart("/api/v1/portal/profiles/{id}/photos", profile).file(file("kaputt.png", broken))
				.param("caption", "Kaputt").with(OFFICE))
			.andExpect(status().isUnprocessableContent());
		byte[] gigantic = png(1, 1);
		// IHDR: width and height as 32-bit big-endian numbers from byte 16 on
		gigantic[16] = 0x00; gigantic[17] = 0x01; gigantic[18] = (byte) 0x86; gigantic[19] = (byte) 0xA0;
		gigantic[20] = 0x00; gigantic[21] = 0x01; gigantic[22] = (byte) 0x86; gigantic[23] = (byte) 0xA0;
		mvc.perform(multipart("/api/v1/portal/profiles/{id}/photos", profile).file(file("riesig.png", gigantic))
				.param("caption", "Riesig").with(OFFICE))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(multipart("/api/v1/portal/profiles/{id}/photos", profile).file(file("ohne.png", png(20, 20)))
				.param("caption", " ").with(OFFICE))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("caption"));
		mvc.perform(multipart("/api/v1/portal/profiles/{id}/photos", profile).file(file("fremd.png", png(20, 20)))
				.param("caption", "Fremd").with(user("fremd@example.org").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	private UUID published() {
		UUID organisation = network.organisationNamed("Hochschule Ruhr West").orElseThrow();
		UUID id = registry.create(organisation, Businesses.aBakery("Foto-Bäckerei " + UUID.randomUUID(), "Stadtmitte"));
		registry.publish(id);
		return id;
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "image/png", content);
	}

	private static byte[] png(int width, int height) throws IOException {
		return image(width, height, "png");
	}

	private static byte[] jpeg(int width, int height) throws IOException {
		return image(width, height, "jpeg");
	}

	private static byte[] image(int width, int height, String format) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0xcc3333);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, format, bytes);
		return bytes.toByteArray();
	}
}
