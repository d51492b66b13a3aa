package org.regiolab.matchmaking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.UUID;

import org.regiolab.events.EventList;
import org.regiolab.matchmaking.MatchProfiles.ProfileData;
import org.regiolab.matchmaking.SpeedDatingParticipants.Participant;
import org.regiolab.platform.DemoWorldPart;
import org.regiolab.platform.TimeConfiguration;

import org.springframework.stereotype.Component;

/**
 * The speed dating of the network meeting 2023 (seed 002: 46 participants, speed dating from 14:05
 * to 14:35): four rounds of six minutes at 23 tables (46 people need no groups of three), profiles for every participant drawn from the themes of
 * the meeting with a fixed seed (the seed tells the themes, not who offered what, so every profile
 * is invented), some wishes, and the schedule generated and published.
 */
@Component
class SpeedDatingDemoWorld implements DemoWorldPart {

	static final String MEETING = "4. Netzwerktreffen der regionalen Industrieinitiativen";

	/** The meeting's themes (Fachkräftegewinnung, junge Menschen, Standortstärkung, Transformation), as tags. */
	static final List<String> THEMES = List.of("Fachkräftegewinnung", "MINT-Projekte in Kitas",
			"Unternehmensbesuche für Schulklassen", "Ausbildungskooperation", "Standortmarketing", "Bürgerdialoge",
			"Transformation der Fahrzeugindustrie", "Netzwerkformate für Mitgliedsunternehmen", "Fördermittelberatung",
			"Unternehmertreffen", "Wasserstoff", "Kontakte zu Hochschulen");
	/** Quality education, decent work, industry and innovation, sustainable cities, partnerships. */
	static final List<String> SDGS = List.of("sdg:4", "sdg:8", "sdg:9", "sdg:11", "sdg:17");
	/** Interest groups, public administration, plastics, metal products, electrical equipment, machinery, cars. */
	static final List<String> SECTORS = List.of("wz:94", "wz:84", "wz:22", "wz:25", "wz:27", "wz:28", "wz:29");

	private final EventList events;
	private final SpeedDatings speedDatings;
	private final MatchProfiles profiles;
	private final SpeedDatingParticipants participants;
	private final SpeedDatingSchedules schedules;

	SpeedDatingDemoWorld(EventList events, SpeedDatings speedDatings, MatchProfiles profiles,
			SpeedDatingParticipants participants, SpeedDatingSchedules schedules) {
		this.events = events;
		this.speedDatings = speedDatings;
		this.profiles = profiles;
		this.participants = participants;
		this.schedules = schedules;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public void load() {
		UUID meeting = events.find(new EventList.EventFilter(MEETING, null, null, null, null, false), EventList.Sort.STARTS_AT, 0, 5)
			.items().stream()
			.filter(event -> event.title().equals(MEETING))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No demo event " + MEETING))
			.id();
		speedDatings.save(meeting, new SpeedDatingSettings(4, 23, 6,
				ZonedDateTime.of(LocalDate.of(2023, 9, 5), LocalTime.of(14, 5), TimeConfiguration.ZONE).toOffsetDateTime(), 2,
				List.of(), 0, false));
		Random random = new Random(2023);
		List<Participant> people = participants.all(meeting);
		for (Participant person : people) {
			List<String> themes = new ArrayList<>(THEMES);
			Collections.shuffle(themes, random);
			// a few leave their profile empty, as some always do
			if (random.nextInt(10) == 0) {
				continue;
			}
			List<String> topics = List.of(SDGS.get(random.nextInt(SDGS.size())), SECTORS.get(random.nextInt(SECTORS.size())));
			profiles.update(meeting, person.registration().id(),
					new ProfileData(themes.subList(0, 2), themes.subList(2, 4), topics.stream().distinct().toList()));
		}
		// a dozen wishes, every third returned, and one person somebody would rather not meet again
		for (int i = 0; i < 12; i++) {
			UUID one = people.get(random.nextInt(people.size())).registration().id();
			UUID other = people.get(random.nextInt(people.size())).registration().id();
			if (!one.equals(other)) {
				profiles.wish(meeting, one, other, true);
				if (i % 3 == 0) {
					profiles.wish(meeting, other, one, true);
				}
			}
		}
		profiles.wish(meeting, people.get(0).registration().id(), people.get(people.size() - 1).registration().id(), false);
		schedules.generate(meeting);
		schedules.publish(meeting, false);
	}
}
