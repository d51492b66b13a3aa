package org.regiolab.matchmaking;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.Registrations;
import org.regiolab.matchmaking.SpeedDatingEvents.Person;
import org.regiolab.matchmaking.SpeedDatingEvents.Seated;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The speed-dating pages as an organiser and a participant with the secret link or their account use them. */
@IntegrationTest
class SpeedDatingPagesIntegrationTest {

	static final RequestPostProcessor COORDINATOR = user("koordination@demo.regiolab.example").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	EventRegistry events;

	@Autowired
	Registrations registrations;

	@Autowired
	SpeedDatings speedDatings;

	@Autowired
	MatchProfiles profiles;

	@Autowired
	JdbcClient jdbc;

	SpeedDatingEvents mother;

	@BeforeEach
	void setUp() {
		mother = new SpeedDatingEvents(events, registrations, speedDatings);
	}

	@Test
	void anOrganiserSetsUpGeneratesPinsRePlansPublishesAndPrints() throws Exception {
		Seated s = mother.meeting("Seiten", SpeedDatingEvents.people("Anna", "Ben", "Cem", "Dora", "Emil", "Fritz"));
		mvc.perform(get("/events/{id}/matchmaking", s.event()).with(COORDINATOR)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Noch nicht eingerichtet")))
			.andExpect(content().string(not(containsString("Entwurf erstellen"))));
		mvc.perform(post("/events/{id}/matchmaking", s.event()).with(COORDINATOR).with(csrf()).param("rounds", "0")
				.param("roundMinutes", "6").param("startsAt", "2031-09-05T14:00").param("changeoverMinutes", "2")
				.param("breakAfter", "zwei"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Es braucht mindestens eine Runde.")))
			.andExpect(content().string(containsString("Bitte nennen Sie Nummern von Runden")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(post("/events/{id}/matchmaking", s.event()).with(COORDINATOR).with(csrf()).param("rounds", "3")
				.param("roundMinutes", "6").param("startsAt", "2031-09-05T14:00").param("changeoverMinutes", "2")
				.param("breakAfter", "3").param("breakMinutes", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Eine Pause folgt auf eine Runde vor der letzten.")));
		mvc.perform(post("/events/{id}/matchmaking", s.event()).with(COORDINATOR).with(csrf()).param("rounds", "3")
				.param("tables", "3").param("roundMinutes", "6").param("startsAt", "2031-09-05T14:00")
				.param("changeoverMinutes", "2").param("breakAfter", "1").param("breakMinutes", "5"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", true));

		mvc.perform(post("/events/{id}/matchmaking/draft", s.event()).with(COORDINATOR).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/events/{id}/matchmaking", s.event()).with(COORDINATOR)).andExpect(status().isOk())
			.andExpect(content().string(containsString("% unter dem bestmöglichen Plan")))
			.andExpect(content().string(containsString("Runde 2, 14:13 bis 14:19")))
			.andExpect(content().string(containsString("Runde 3, 14:21 bis 14:27")))
			.andExpect(content().string(containsString("Gute Gespräche je Person")));
		UUID meeting = jdbc.sql("select id from matchmaking_meeting where event = ? and round = 2 and table_number = 1")
			.param(s.event()).query(UUID.class).single();
		mvc.perform(post("/events/{id}/matchmaking/draft/meetings/{m}/pin", s.event(), meeting).with(COORDINATOR).with(csrf())
				.param("pinned", "true").param("round", "2"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select pinned from matchmaking_meeting where id = ?").param(meeting).query(Boolean.class).single())
			.isTrue();

		mvc.perform(post("/events/{id}/matchmaking/draft/swap", s.event()).with(COORDINATOR).with(csrf()).param("round", "1")
				.param("first", s.person(0).toString()).param("second", s.person(0).toString()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("swapError", "matchmaking.swap.same"));

		mvc.perform(post("/events/{id}/matchmaking/participants/{r}/absent", s.event(), s.person(5)).with(COORDINATOR)
				.with(csrf()).param("absent", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/events/{id}/matchmaking/participants", s.event()).param("q", "Fritz").with(COORDINATOR))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Doch da")))
			.andExpect(content().string(not(containsString("Anna Test"))));
		mvc.perform(post("/events/{id}/matchmaking/draft/replan", s.event()).with(COORDINATOR).with(csrf())
				.param("fromRound", "2"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("replanned", 2));
		assertThat(jdbc.sql("select count(*) from matchmaking_meeting where event = ? and round >= 2 and ? = any(participants)")
			.params(s.event(), s.person(5)).query(Integer.class).single()).isZero();

		mvc.perform(post("/events/{id}/matchmaking/publish", s.event()).with(COORDINATOR).with(csrf()).param("notify", "true"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("published", 5));
		mvc.perform(get("/events/{id}/matchmaking/table-cards.pdf", s.event()).with(COORDINATOR)).andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().string(startsWith("%PDF")));
		mvc.perform(get("/events/{id}/matchmaking/schedules.pdf", s.event()).with(COORDINATOR)).andExpect(status().isOk())
			.andExpect(content().string(startsWith("%PDF")));
		mvc.perform(get("/matchmaking").with(COORDINATOR)).andExpect(status().isOk())
			.andExpect(content().string(containsString("veröffentlicht")));
		mvc.perform(get("/events/{id}/matchmaking", s.event()).with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
	}

	@Test
	void aParticipantFillsInTheProfileBehindTheSecretLinkPicksPeopleAndReadsThePublishedSchedule() throws Exception {
		Seated s = mother.speedDating("Profil", List.of(Person.of("Anna", "IHK Profil"), Person.of("Ben", "Muster GmbH"),
				Person.of("Cem", null), Person.of("Dora", null)), 2, true);
		String token = profiles.open(s.event(), s.person(0)).token();

		mvc.perform(get("/matchmaking/p/{token}", token)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ihr Speed-Dating-Profil")))
			.andExpect(content().string(containsString("Ben Test")))
			.andExpect(content().string(not(containsString("@example.org"))));
		mvc.perform(post("/matchmaking/p/{token}", token).with(csrf()).param("offers", "Fördermittelberatung, MINT in Kitas")
				.param("needs", "Fachkräfte").param("sdgs", "sdg:4").param("sectors", "wz:99x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Diese Branche oder dieses Nachhaltigkeitsziel gibt es nicht.")));
		mvc.perform(post("/matchmaking/p/{token}", token).with(csrf()).param("offers", "Fördermittelberatung, MINT in Kitas")
				.param("needs", "Fachkräfte").param("sdgs", "sdg:4").param("sectors", "wz:28"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/matchmaking/p/" + token));
		assertThat(profiles.open(s.event(), s.person(0)).data().offers()).containsExactly("Fördermittelberatung", "MINT in Kitas");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'matchmaking.profileChanged' and subject = ?")
			.param("registration:" + s.person(0)).query(Integer.class).single()).isEqualTo(1);

		mvc.perform(get("/matchmaking/p/{token}", token).param("q", "Muster").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ben Test")))
			.andExpect(content().string(not(containsString("Cem Test"))))
			.andExpect(content().string(not(containsString("<main"))));
		mvc.perform(post("/matchmaking/p/{token}/wishes", token).with(csrf()).param("other", s.person(1).toString())
				.param("meet", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/matchmaking/p/{token}/wishes", token).with(csrf()).param("other", s.person(2).toString())
				.param("meet", "false"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/matchmaking/p/{token}", token))
			.andExpect(content().string(containsString("Möchte ich treffen: Ben Test (Muster GmbH)")))
			.andExpect(content().string(containsString("Möchte ich nicht treffen: Cem Test")));
		mvc.perform(post("/matchmaking/p/{token}/wishes/{other}/delete", token, s.person(2)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(profiles.open(s.event(), s.person(0)).wishes()).hasSize(1);
		mvc.perform(post("/matchmaking/p/{token}/wishes", token).param("other", s.person(1).toString()).param("meet", "true"))
			.andExpect(status().isForbidden());

		mvc.perform(get("/matchmaking/p/{token}/schedule", token)).andExpect(status().isOk())
			.andExpect(content().string(containsString("noch nicht veröffentlicht")));
		mvc.perform(post("/events/{id}/matchmaking/draft", s.event()).with(COORDINATOR).with(csrf()));
		mvc.perform(post("/events/{id}/matchmaking/publish", s.event()).with(COORDINATOR).with(csrf()));
		mvc.perform(get("/matchmaking/p/{token}/schedule", token)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ben Test (Muster GmbH)")))
			.andExpect(content().string(containsString("Sie wollten dieses Gespräch.")))
			.andExpect(content().string(containsString("Als PDF herunterladen")));
		mvc.perform(get("/matchmaking/p/{token}/schedule.pdf", token)).andExpect(status().isOk())
			.andExpect(content().string(startsWith("%PDF")));
		mvc.perform(get("/matchmaking/p/{token}", "x".repeat(32))).andExpect(status().isNotFound());
	}

	@Test
	void aSignedInParticipantReachesTheirProfileThroughTheAccountWithTheRegistrationsEmail() throws Exception {
		Seated s = mother.speedDating("Konto", List.of(new Person("Mia", "Mitglied", null, "mitglied@demo.regiolab.example"),
				Person.of("Ben", null)), 1, false);
		String token = profiles.open(s.event(), s.person(0)).token();

		mvc.perform(get("/events/{id}/matchmaking/me", s.event()).with(user("mitglied@demo.regiolab.example").roles("MEMBER")))
			.andExpect(redirectedUrl("/matchmaking/p/" + token));
		mvc.perform(get("/events/{id}/matchmaking/me", s.event()).with(user("experte@demo.regiolab.example").roles("EXPERT")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/").with(user("mitglied@demo.regiolab.example").roles("MEMBER")))
			.andExpect(content().string(containsString("/events/" + s.event() + "/matchmaking/me")));
	}
}
