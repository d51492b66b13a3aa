package org.regiolab.matchmaking;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.regiolab.accounts.Roles;
import org.regiolab.events.RegistrationStatus;
import org.regiolab.events.Registrations;
import org.regiolab.platform.StartPageSection;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The start page's speed datings: the signed-in user's own (where their email holds a seat) with
 * the way to their profile and schedule, and for organisers the latest ones to run.
 */
@Component
class SpeedDatingStart implements StartPageSection {

	static final int LATEST = 5;

	private final SpeedDatings speedDatings;
	private final Registrations registrations;

	SpeedDatingStart(SpeedDatings speedDatings, Registrations registrations) {
		this.speedDatings = speedDatings;
		this.registrations = registrations;
	}

	@Override
	public Optional<Content> contentFor(Authentication user) {
		// few speed datings exist, so asking each for the user's seat costs little
		List<SpeedDatings.SpeedDating> all = speedDatings.list(null, 0, 100).items();
		List<SpeedDatings.SpeedDating> mine = all.stream()
			.filter(s -> registrations.list(s.event().id(), user.getName(), RegistrationStatus.CONFIRMED, 0, 20).items().stream()
				.anyMatch(r -> r.email().equalsIgnoreCase(user.getName())))
			.toList();
		List<SpeedDatings.SpeedDating> latest = Roles.mayEdit(user) ? all.stream().limit(LATEST).toList() : List.of();
		if (mine.isEmpty() && latest.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Content("matchmaking/start", "speedDatings", Map.of("mine", mine, "latest", latest)));
	}
}
