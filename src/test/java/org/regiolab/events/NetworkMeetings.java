package org.regiolab.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Events in a given state for tests: the network meeting of the seed with its two creative labs in parallel. */
final class NetworkMeetings {

	static final String HEREINSPAZIERT = EventsDemoWorld.HEREINSPAZIERT;
	static final String HIERGEBLIEBEN = EventsDemoWorld.HIERGEBLIEBEN;

	private NetworkMeetings() {
	}

	/** A public meeting of the alliance »Regionale Industrieinitiativen« with both labs at 14:00. */
	static UUID withTwoCreativeLabs(EventRegistry events, JdbcClient jdbc) {
		UUID alliance = jdbc.sql("select id from alliance where name = 'Regionale Industrieinitiativen'")
			.query(UUID.class).single();
		OffsetDateTime start = OffsetDateTime.parse("2023-09-05T13:00:00+02:00");
		return events.create(new EventData("Netzwerktreffen 2023 " + UUID.randomUUID().toString().substring(0, 8),
				EventKind.NETWORK_MEETING, "Regionen im Dialog", start, start.plusHours(5), "Haus der Deutschen Wirtschaft",
				null, alliance, null, true, 60, null, null, null, List.of(
						new ProgrammeSession(start.plusHours(1), start.plusHours(3), HEREINSPAZIERT, null, "Raum A", "Lab 1"),
						new ProgrammeSession(start.plusHours(1), start.plusHours(3), HIERGEBLIEBEN, null, "Raum B", "Lab 2"))));
	}

	static UUID session(JdbcClient jdbc, UUID event, String title) {
		return jdbc.sql("select id from event_session where event = ? and title = ?").params(event, title)
			.query(UUID.class).single();
	}
}
