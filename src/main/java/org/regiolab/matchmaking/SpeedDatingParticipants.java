package org.regiolab.matchmaking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.events.RegistrationStatus;
import org.regiolab.events.RegistrationView;
import org.regiolab.events.Registrations;
import org.regiolab.matchmaking.MatchProfiles.ProfileData;
import org.regiolab.matchmaking.StoredProfiles.Stored;
import org.regiolab.platform.ItemsPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a speed dating, read together with what they stated: everybody with a
 * confirmed seat at the event, as the schedule needs them and as the organisers' list shows them.
 */
@Service
@Transactional(readOnly = true)
public class SpeedDatingParticipants {

	/** A participant as the schedule needs them. */
	public record Participant(RegistrationView registration, MatchProfile profile, boolean absent) {
	}

	/** A line of the organisers' participant list. */
	public record ParticipantRow(RegistrationView registration, String token, boolean filled, boolean absent, int wishes) {
	}

	private final Registrations registrations;
	private final SpeedDatings speedDatings;
	private final StoredProfiles stored;

	SpeedDatingParticipants(Registrations registrations, SpeedDatings speedDatings, StoredProfiles stored) {
		this.registrations = registrations;
		this.speedDatings = speedDatings;
		this.stored = stored;
	}

	/** Everybody with a seat, with their profile (empty if they stated nothing), in order of arrival. */
	public List<Participant> all(UUID event) {
		List<RegistrationView> seated = new ArrayList<>();
		registrations.forEach(event, RegistrationStatus.CONFIRMED, seated::add);
		Map<UUID, Stored> profiles = stored.ofEvent(event);
		StoredProfiles.Wishes wishes = stored.wishesOfEvent(event);
		List<Participant> participants = new ArrayList<>();
		for (RegistrationView registration : seated) {
			Stored profile = profiles.get(registration.id());
			ProfileData data = profile == null ? new ProfileData(List.of(), List.of(), List.of()) : profile.data();
			participants.add(new Participant(registration, new MatchProfile(registration.id(),
					registration.organisationName(), data.offers(), data.needs(), data.topics(),
					wishes.meet().getOrDefault(registration.id(), Set.of()),
					wishes.avoid().getOrDefault(registration.id(), Set.of())), profile != null && profile.absent()));
		}
		return participants;
	}

	/** One page of the participants for the organisers, each with their profile's link (created where missing). */
	@Transactional
	public ItemsPage<ParticipantRow> rows(UUID event, @Nullable String query, int page, int size) {
		speedDatings.load(event);
		ItemsPage<RegistrationView> seated = registrations.list(event, query, RegistrationStatus.CONFIRMED, page, size);
		seated.items().forEach(r -> stored.create(event, r.id()));
		List<UUID> ids = seated.items().stream().map(RegistrationView::id).toList();
		Map<UUID, Stored> profiles = stored.of(ids);
		Map<UUID, Integer> wishes = stored.wishCounts(ids);
		return new ItemsPage<>(seated.items().stream().map(r -> {
			Stored s = profiles.get(r.id());
			return new ParticipantRow(r, s.token(), s.updatedAt() != null, s.absent(), wishes.getOrDefault(r.id(), 0));
		}).toList(), seated.total(), seated.page(), seated.size());
	}

	/** Participants to wish for, found by name or organisation. */
	public ItemsPage<RegistrationView> candidates(UUID event, @Nullable String query, int page, int size) {
		return registrations.list(event, query, RegistrationStatus.CONFIRMED, page, size);
	}

	/** The last time a participant changed their profile or wishes, if ever. */
	public Optional<Instant> lastChange(UUID event) {
		return stored.lastChange(event);
	}
}
