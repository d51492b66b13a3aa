package org.regiolab.events;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo world's events read as the seeds tell them. */
@IntegrationTest
class EventsDemoWorldIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventRegistry events;

	@Test
	void theNetworkMeetingHad46ParticipantsOfWhom26From21Initiatives() {
		HttpResponse<String> statistics = statistics(EventsDemoWorld.MEETING);
		assertThat(statistics.statusCode()).isEqualTo(200);
		assertThat(statistics.body()).contains("\"participants\":46", "\"fromAlliances\":26", "\"alliances\":21",
				"\"checkedIn\":46", "\"noShows\":0");
		assertThat(jdbc.sql("""
				select count(*) from alliance where kind = 'INDUSTRY_INITIATIVE'
				and description like '%Transformationsnetzwerk der Fahrzeugindustrie%'""").query(Long.class).single())
			.isEqualTo(6);
	}

	@Test
	void theCreativeLabsRunInParallelTracks() {
		List<ProgrammeSession> labs = events.load(id(EventsDemoWorld.MEETING)).data().sessions().stream()
			.filter(session -> session.track() != null)
			.toList();
		assertThat(labs).extracting(ProgrammeSession::track).containsExactly("Creative Lab 1", "Creative Lab 2");
		assertThat(labs.get(0).startsAt()).isEqualTo(labs.get(1).startsAt());
		assertThat(labs.get(0).endsAt()).isEqualTo(labs.get(1).endsAt());
		assertThat(labs).extracting(ProgrammeSession::title).anySatisfy(title -> assertThat(title).startsWith("Hereinspaziert"))
			.anySatisfy(title -> assertThat(title).startsWith("Hiergeblieben"));
		String pitches = new LiveHttp(port).get("/api/v1/events/" + id(EventsDemoWorld.MEETING) + "/pitches",
				"Authorization", DemoUser.MEMBER.basic()).body();
		// each lab with the ambassador's results first, then its pitches
		assertThat(pitches).containsSubsequence("MINTec Hohenlohe", "Kunststoff-Initiative Bonn/Rhein-Sieg", "Bürgerdialoge",
				"ReTraSON", "Unternehmensnetzwerk Neukölln e. V.");
	}

	@Test
	void theExcursionToNurembergHad20ParticipantsFromTenDistrictAlliances() {
		assertThat(statistics(EventsDemoWorld.EXCURSION).body()).contains("\"participants\":20", "\"alliances\":10",
				"\"fromAlliances\":16");
		EventView excursion = events.load(id(EventsDemoWorld.EXCURSION));
		assertThat(excursion.data().kind()).isEqualTo(EventKind.EXCURSION);
		assertThat(excursion.data().endsAt().toLocalDate()).isEqualTo(excursion.data().startsAt().toLocalDate().plusDays(1));
	}

	@Test
	void bottropsBreakfastIsASeriesWithPastAndUpcomingOccurrencesAndTheConsultationDayIsOnline() {
		List<OffsetDateTime> series = jdbc.sql("""
				select starts_at from event where title = ? and series is not null order by starts_at""")
			.param(EventsDemoWorld.BREAKFAST).query(OffsetDateTime.class).list();
		assertThat(series).hasSize(6);
		assertThat(jdbc.sql("select count(distinct series) from event where title = ? and series is not null")
			.param(EventsDemoWorld.BREAKFAST).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from event where title = ? and starts_at < date '2022-01-01'")
			.param(EventsDemoWorld.BREAKFAST).query(Long.class).single()).isEqualTo(1);
		EventView first = events.load(jdbc.sql("""
				select id from event where title = ? and series is not null order by starts_at limit 1""")
			.param(EventsDemoWorld.BREAKFAST).query(UUID.class).single());
		assertThat(first.allianceName()).isEqualTo(EventsDemoWorld.BOTTROP);
		assertThat(first.labName()).isEqualTo(EventsDemoWorld.CRAFT_LAB);
		assertThat(first.confirmed()).isPositive();
		assertThat(first.fundingProgramme()).isNotNull();
		EventView consultation = events.load(id(EventsDemoWorld.CONSULTATION));
		assertThat(consultation.data().onlineUrl()).startsWith("https://");
		assertThat(consultation.data().isPublic()).isTrue();
		assertThat(new LiveHttp(port).get("/api/v1/events/" + consultation.id() + "/slots", "Authorization",
				DemoUser.MEMBER.basic()).body()).contains("\"startsAt\":\"2027-01-20T09:30:00+01:00\"", "IT-Sicherheit");
	}

	private HttpResponse<String> statistics(String title) {
		return new LiveHttp(port).get("/api/v1/events/" + id(title) + "/statistics", "Authorization",
				DemoUser.COORDINATOR.basic());
	}

	private UUID id(String title) {
		return jdbc.sql("select id from event where title = ? order by starts_at limit 1").param(title).query(UUID.class)
			.single();
	}
}
