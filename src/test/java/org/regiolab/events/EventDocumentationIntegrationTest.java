package org.regiolab.events;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.network.MembersArea;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The network meeting's documentation: the creative labs' report for the members, a photo for everybody. */
@IntegrationTest
class EventDocumentationIntegrationTest {

	static final RequestPostProcessor COORDINATOR = user(DemoUser.COORDINATOR.email()).roles("COORDINATOR");
	static final RequestPostProcessor MEMBER = user(DemoUser.MEMBER.email()).roles("MEMBER");
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventRegistry events;

	@Autowired
	MembersArea area;

	UUID event;
	UUID alliance;

	@BeforeEach
	void aPublicNetworkMeetingOfTheIndustryAlliance() {
		event = NetworkMeetings.withTwoCreativeLabs(events, jdbc);
		alliance = events.load(event).data().alliance();
	}

	@Test
	void aMembersOnlyReportAppearsInTheAlliancesAreaAndIsRefusedToANonMember() throws Exception {
		String caption = "Creative Labs " + event;
		mvc.perform(multipart("/events/{id}/documentation", event)
				.file(new MockMultipartFile("file", "Dokumentation Creative Labs.pdf", "application/pdf", PDF))
				.param("visibility", "MEMBERS").param("caption", caption)
				.param("body", "Ergebnisse und Aha-Momente der Labs Hereinspaziert und Hiergeblieben.")
				.with(csrf()).with(COORDINATOR))
			.andExpect(status().is3xxRedirection());

		var coordinator = new UsernamePasswordAuthenticationToken(DemoUser.COORDINATOR.email(), null,
				List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR")));
		assertThat(area.pages(alliance, coordinator)).anySatisfy(page -> {
			assertThat(page.title()).endsWith(caption);
			assertThat(page.body()).contains("Aha-Momente");
		});
		assertThat(area.files(alliance, coordinator)).anySatisfy(file -> assertThat(file.name()).isEqualTo("Dokumentation Creative Labs.pdf"));

		mvc.perform(get("/events/{id}/documentation", event).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(caption)));
		mvc.perform(get("/events/{id}/documentation", event).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(caption))));
		mvc.perform(get("/events/{id}/documentation/{entry}/file", event, entry(caption)).with(MEMBER))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPublicPhotoDownloadsAnonymouslyAndIsShownWithItsCaptionAsAlternativeText() throws Exception {
		String caption = "Kaffee-und-Kuchen-Runde " + event;
		mvc.perform(multipart("/events/{id}/documentation", event)
				.file(new MockMultipartFile("file", "kaffee.png", "image/png", PNG))
				.param("visibility", "PUBLIC").param("caption", caption)
				.with(csrf()).with(COORDINATOR))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/events/{id}/documentation/{entry}/file", event, entry(caption)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(PNG));
		mvc.perform(get("/events/{id}/documentation", event))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alt=\"" + caption + "\"")));
	}

	@Test
	void anUploadWhoseContentIsNotWhatItClaimsIsRefusedAndNothingIsStored() throws Exception {
		mvc.perform(multipart("/events/{id}/documentation", event)
				.file(new MockMultipartFile("file", "foto.png", "image/png", PDF))
				.param("visibility", "PUBLIC").param("caption", "Kein Foto")
				.with(csrf()).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("file-error")));
		mvc.perform(multipart("/events/{id}/documentation", event)
				.file(new MockMultipartFile("file", "bericht.docx", "application/octet-stream", PNG))
				.param("visibility", "MEMBERS").param("caption", "Kein Word-Dokument")
				.with(csrf()).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("file-error")));
		mvc.perform(multipart("/events/{id}/documentation", event)
				.file(new MockMultipartFile("file", "foto.png", "image/png", PNG))
				.param("visibility", "PUBLIC").param("caption", "Von einem Mitglied")
				.with(csrf()).with(MEMBER))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from event_documentation where event = ?").param(event).query(Long.class).single())
			.isZero();
	}

	private UUID entry(String caption) {
		return jdbc.sql("select id from event_documentation where event = ? and caption = ?").params(event, caption)
			.query(UUID.class).single();
	}
}
