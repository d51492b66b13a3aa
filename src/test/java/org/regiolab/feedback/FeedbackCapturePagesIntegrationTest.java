package org.regiolab.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.labs.LabKind;
import org.regiolab.labs.LabList;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A station's capture pages as a browser without JavaScript uses them: the form posts to the
 * server, which stores a feedback once however often its page's id comes, shows what is wrong
 * next to the field, and limits a device as the API does.
 */
@IntegrationTest
class FeedbackCapturePagesIntegrationTest {

	static final Pattern HIDDEN_ID = Pattern.compile("name=\"id\" value=\"([0-9a-f-]{36})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LabList labs;

	@Autowired
	ThemedWorlds worlds;

	@Autowired
	Stations stations;

	@Autowired
	FeedbackRecords records;

	UUID station;

	@BeforeEach
	void aStationWithQuestionsOfItsOwn() {
		UUID lab = labs.find(new LabList.LabFilter("JOSEPHS", LabKind.INNOVATION_LAB, null), 0, 1).items().get(0).id();
		UUID world = worlds.create(lab, new ThemedWorldData("gesund & mobil " + UUID.randomUUID(), null,
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, List.of()));
		station = stations.create(world, new StationData("Smarte Gehhilfe", "Ein Rollator, der Stufen erkennt", null,
				List.of(new StationQuestion("nutzung", "Würden Sie ihn nutzen?", QuestionKind.SINGLE_CHOICE,
						List.of("Ja", "Vielleicht", "Nein"), null, null),
						new StationQuestion("sus-3", "Ich empfinde das System als einfach zu nutzen.", QuestionKind.SCALE,
								List.of(), 1, 5))));
	}

	@Test
	void aFormPostedTwiceWithTheIdOfItsPageStoresTheFeedbackOnce() throws Exception {
		String page = mvc.perform(get("/stations/{id}/feedback", station)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Smarte Gehhilfe")))
			.andExpect(content().string(containsString("Würden Sie ihn nutzen?")))
			.andExpect(content().string(containsString("trifft voll zu")))
			.andReturn().getResponse().getContentAsString();
		Matcher hidden = HIDDEN_ID.matcher(page);
		assertThat(hidden.find()).as("the page carries the feedback's id").isTrue();
		UUID id = UUID.fromString(hidden.group(1));

		for (int click = 0; click < 2; click++) {
			mvc.perform(feedback(id).param("rating", "4").param("works", "Erkennt die Bordsteinkante")
					.param("improvements", " ").param("answers[nutzung]", "Vielleicht").param("answers[sus-3]", "5"))
				.andExpect(redirectedUrl("/stations/" + station + "/feedback?sent"));
		}

		assertThat(stored()).isEqualTo(1);
		FeedbackData data = records.load(id).data();
		assertThat(data.rating()).isEqualTo(4);
		assertThat(data.works()).isEqualTo("Erkennt die Bordsteinkante");
		assertThat(data.improvements()).isNull();
		assertThat(data.answers()).isEqualTo(Map.of("nutzung", "Vielleicht", "sus-3", 5));
		mvc.perform(get("/stations/{id}/feedback", station).param("sent", ""))
			.andExpect(content().string(containsString("Vielen Dank für Ihre Rückmeldung!")))
			.andExpect(content().string(containsString("Weitere Rückmeldung geben")))
			.andExpect(content().string(not(containsString("<form"))));
	}

	@Test
	void aRatingOfZeroIsShownNextToTheFieldAndStoresNothing() throws Exception {
		mvc.perform(feedback(UUID.randomUUID()).param("rating", "0").param("ideas", "Mit Sprachausgabe"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rating-error\"")))
			.andExpect(content().string(containsString("aria-describedby=\"rating-error\"")))
			.andExpect(content().string(containsString("Bitte wählen Sie eine Bewertung von 1 bis 5.")))
			.andExpect(content().string(containsString("Mit Sprachausgabe")));
		mvc.perform(feedback(UUID.randomUUID()).param("rating", "3").param("answers[sus-3]", "9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"answer-1-error\"")))
			.andExpect(content().string(containsString("Diese Antwort passt nicht zur Frage.")));
		mvc.perform(feedback(UUID.randomUUID()).param("rating", "3").param("answers[farbe]", "rot"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Diese Frage stellt die Station nicht.")));

		assertThat(stored()).isZero();
	}

	@Test
	void theKioskNeedsASignInAndTheVisitorsPageDoesNot() throws Exception {
		mvc.perform(get("/stations/{id}/kiosk", station)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/stations/{id}/kiosk", station).with(user("mitglied@demo.regiolab.example").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-mode=\"kiosk\"")))
			.andExpect(content().string(containsString("data-idle-seconds=\"60\"")))
			.andExpect(content().string(containsString("name=\"kiosk\" value=\"true\"")));
		mvc.perform(get("/stations/{id}/feedback", station)).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-mode=\"visitor\"")));

		mvc.perform(feedback(UUID.randomUUID()).param("rating", "5").param("kiosk", "true"))
			.andExpect(redirectedUrl("/stations/" + station + "/kiosk?sent"));
		mvc.perform(get("/stations/{id}/kiosk", station).param("sent", "")
				.with(user("mitglied@demo.regiolab.example").roles("MEMBER")))
			.andExpect(content().string(containsString("Vielen Dank! Die Rückmeldung ist gespeichert.")))
			.andExpect(content().string(containsString("<form")));
		mvc.perform(get("/stations/{id}/feedback", UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void aBotThatFillsTheHiddenFieldIsThankedAndNothingIsStored() throws Exception {
		mvc.perform(feedback(UUID.randomUUID()).param("rating", "5").param("homepage", "https://spam.example"))
			.andExpect(redirectedUrl("/stations/" + station + "/feedback?sent"));

		assertThat(stored()).isZero();
	}

	@Test
	void aDeviceThatPostsTooMuchIsAskedToWait() throws Exception {
		MockHttpServletResponse last = null;
		for (int i = 0; i < 260 && (last == null || last.getStatus() != 429); i++) {
			last = mvc.perform(feedback(UUID.randomUUID()).param("rating", "3").with(request -> {
				// without JavaScript there is no device id, so the address counts
				request.setRemoteAddr("192.0.2.44");
				return request;
			})).andReturn().getResponse();
		}

		assertThat(last.getStatus()).isEqualTo(429);
		assertThat(last.getHeader("Retry-After")).isEqualTo("60");
		assertThat(last.getContentAsString()).contains("zu viele Rückmeldungen", "Rückmeldung senden");
		// the burst, and what came back while the device was sending it
		assertThat(stored()).isBetween(200L, 220L);
	}

	@Test
	void theServiceWorkerIsServedForTheCapturePages() throws Exception {
		mvc.perform(get("/stations/capture-sw.js")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/javascript")))
			.andExpect(header().string("Service-Worker-Allowed", "/stations/"))
			.andExpect(content().string(containsString("regiolab-capture")));
	}

	private MockHttpServletRequestBuilder feedback(UUID id) {
		return post("/stations/{id}/feedback", station).with(csrf()).param("id", id.toString());
	}

	private long stored() {
		return jdbc.sql("select count(*) from feedback where station = ?").param(station).query(Long.class).single();
	}
}
