package org.regiolab.matchmaking;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.events.EventData;
import org.regiolab.events.EventKind;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.Registrations;
import org.regiolab.events.Registrations.WalkIn;

/**
 * Events with a speed dating in a given state, for tests: a network meeting with a speed-dating
 * session and people with seats (walk-ins, so that nobody waits for the registration desk).
 */
final class SpeedDatingEvents {

	static final OffsetDateTime START = OffsetDateTime.parse("2031-09-05T13:00:00+02:00");

	private final EventRegistry events;
	private final Registrations registrations;
	private final SpeedDatings speedDatings;

	SpeedDatingEvents(EventRegistry events, Registrations registrations, SpeedDatings speedDatings) {
		this.events = events;
		this.registrations = registrations;
		this.speedDatings = speedDatings;
	}

	/** A person to seat: name and organisation, and an email of their own unless given. */
	record Person(String givenName, String familyName, @Nullable String organisation, @Nullable String email) {

		static Person of(String givenName, @Nullable String organisation) {
			return new Person(givenName, "Test", organisation, null);
		}
	}

	/** The event and its registrations' ids in the order of the people given. */
	record Seated(UUID event, List<UUID> people) {

		UUID person(int i) {
			return people.get(i);
		}
	}

	/** An event of the people, without speed-dating settings yet. */
	Seated meeting(String title, List<Person> people) {
		String unique = title + " " + UUID.randomUUID().toString().substring(0, 8);
		UUID event = events.create(new EventData(unique, EventKind.NETWORK_MEETING, null, START, START.plusHours(4), "Berlin",
				null, null, null, true, 200, null, null, null,
				List.of(new org.regiolab.events.ProgrammeSession(START.plusHours(1), START.plusMinutes(90), "Speed Dating", null,
						null, null))));
		List<UUID> ids = new ArrayList<>();
		for (Person person : people) {
			String email = person.email() != null ? person.email()
					: (person.givenName() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org").toLowerCase();
			ids.add(registrations.walkIn(event, new WalkIn(person.givenName(), person.familyName(), email, null,
					person.organisation())).id());
		}
		return new Seated(event, ids);
	}

	/** An event of the people with a speed dating of the rounds, as many tables as needed. */
	Seated speedDating(String title, List<Person> people, int rounds, boolean triples) {
		Seated seated = meeting(title, people);
		speedDatings.save(seated.event(), new SpeedDatingSettings(rounds, null, 6, START.plusHours(1), 2, List.of(), 0, triples));
		return seated;
	}

	static List<Person> people(String... names) {
		return java.util.Arrays.stream(names).map(name -> Person.of(name, null)).toList();
	}
}
