package org.regiolab.matchmaking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.events.RegistrationStatus;
import org.regiolab.events.RegistrationView;
import org.regiolab.events.Registrations;
import org.regiolab.matchmaking.StoredProfiles.Stored;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the participants of a speed dating state: offers, needs, topics and whom they want to meet
 * or not. Only people with a confirmed seat take part. Each profile has a secret link that opens it
 * without an account, like the cancellation link of a registration; every change is in the audit
 * log. Profiles hold tags and choices, nothing personal beyond the registration they belong to.
 */
@Service
@Transactional
public class MatchProfiles {

	public static final int MAX_TAGS = 20;
	public static final int MAX_TAG_LENGTH = 60;

	/** What a participant states about themselves; topics are {@code wz:<code>} and {@code sdg:<number>}. */
	public record ProfileData(List<String> offers, List<String> needs, List<String> topics) {

		public ProfileData {
			offers = List.copyOf(offers);
			needs = List.copyOf(needs);
			topics = List.copyOf(topics);
		}
	}

	/** Whom somebody wants to meet ({@code meet}) or not. */
	public record Wish(UUID other, String name, @Nullable String organisation, boolean meet) {
	}

	/**
	 * A participant's profile as its page shows it.
	 * @param updatedAt {@code null} until it was first saved
	 */
	public record ParticipantProfile(RegistrationView registration, String token, ProfileData data, boolean absent,
			@Nullable Instant linkSentAt, @Nullable Instant updatedAt, List<Wish> wishes) {

		public UUID event() {
			return registration.event();
		}
	}

	private final JdbcClient jdbc;
	private final StoredProfiles stored;
	private final Registrations registrations;
	private final SpeedDatings speedDatings;
	private final Topics topics;
	private final AuditLog audit;
	private final SpeedDatingMails mails;

	MatchProfiles(JdbcClient jdbc, StoredProfiles stored, Registrations registrations, SpeedDatings speedDatings,
			Topics topics, AuditLog audit, SpeedDatingMails mails) {
		this.jdbc = jdbc;
		this.stored = stored;
		this.registrations = registrations;
		this.speedDatings = speedDatings;
		this.topics = topics;
		this.audit = audit;
		this.mails = mails;
	}

	/**
	 * The profile of a confirmed participant, created empty on first use.
	 * @throws NotFoundException if the event has no speed dating or the registration no seat
	 */
	public ParticipantProfile open(UUID event, UUID registration) {
		speedDatings.load(event);
		RegistrationView view = registrations.find(event, registration)
			.filter(r -> r.status() == RegistrationStatus.CONFIRMED)
			.orElseThrow(() -> NotFoundException.of("participant", registration));
		stored.create(event, registration);
		return load(view);
	}

	/** The profile behind a secret link, while its registration holds a seat. */
	@Transactional(readOnly = true)
	public Optional<ParticipantProfile> byToken(String token) {
		return stored.byToken(token)
			.flatMap(profile -> registrations.find(profile.event(), profile.registration()))
			.filter(r -> r.status() == RegistrationStatus.CONFIRMED)
			.map(this::load);
	}

	/**
	 * The profile of the signed-in account's registration: the one under the account's email.
	 * @throws NotFoundException if the account holds no seat at the event
	 */
	public ParticipantProfile ofAccount(UUID event, String email) {
		speedDatings.load(event);
		RegistrationView view = registrations.list(event, email, RegistrationStatus.CONFIRMED, 0, 20).items().stream()
			.filter(r -> r.email().equalsIgnoreCase(email))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No seat of " + email + " at " + event));
		return open(event, view.id());
	}

	/** Saves offers, needs and topics; tags are trimmed, blank and repeated ones dropped. */
	public ParticipantProfile update(UUID event, UUID registration, ProfileData data) {
		ParticipantProfile before = open(event, registration);
		ProfileData clean = new ProfileData(tags("offers", data.offers()), tags("needs", data.needs()),
				topics.check(data.topics()));
		jdbc.sql("update matchmaking_profile set offers = ?, needs = ?, topics = ?, updated_at = now() where registration = ?")
			.params(clean.offers().toArray(String[]::new), clean.needs().toArray(String[]::new),
					clean.topics().toArray(String[]::new), registration)
			.update();
		audit.record("matchmaking.profileChanged", subject(registration),
				"changed: " + String.join(", ", AuditLog.changedFields(before.data(), clean)));
		return open(event, registration);
	}

	/** Wants to meet {@code other} ({@code meet}) or not; a second wish for the same person replaces the first. */
	public void wish(UUID event, UUID registration, UUID other, boolean meet) {
		open(event, registration);
		if (other.equals(registration) || registrations.find(event, other)
			.filter(r -> r.status() == RegistrationStatus.CONFIRMED)
			.isEmpty()) {
			throw new InvalidInputException("other", "matchmaking.wish.unknown", "Not another participant of the event");
		}
		jdbc.sql("""
				insert into matchmaking_wish (registration, other, meet) values (?, ?, ?)
				on conflict (registration, other) do update set meet = excluded.meet""")
			.params(registration, other, meet)
			.update();
		touch(registration);
		audit.record(meet ? "matchmaking.wishToMeet" : "matchmaking.wishNotToMeet", subject(registration), subject(other));
	}

	public void forget(UUID event, UUID registration, UUID other) {
		open(event, registration);
		if (jdbc.sql("delete from matchmaking_wish where registration = ? and other = ?").params(registration, other).update() > 0) {
			touch(registration);
			audit.record("matchmaking.wishWithdrawn", subject(registration), subject(other));
		}
	}

	/**
	 * Replaces the whole profile with its wishes at once, as the API sets it: all of it or, when a
	 * part is refused, nothing.
	 */
	public ParticipantProfile replace(UUID event, UUID registration, ProfileData data, Set<UUID> meet, Set<UUID> avoid) {
		Set<UUID> both = new HashSet<>(meet);
		both.retainAll(avoid);
		if (!both.isEmpty()) {
			throw new InvalidInputException("avoid", "matchmaking.wish.both", "Somebody both to meet and not to meet");
		}
		update(event, registration, data);
		jdbc.sql("delete from matchmaking_wish where registration = ?").param(registration).update();
		meet.forEach(other -> wish(event, registration, other, true));
		avoid.forEach(other -> wish(event, registration, other, false));
		return open(event, registration);
	}

	/** Marks a no-show (or takes it back); the next re-plan leaves them out. */
	public void setAbsent(UUID event, UUID registration, boolean absent) {
		open(event, registration);
		jdbc.sql("update matchmaking_profile set absent = ? where registration = ?").params(absent, registration).update();
		audit.record(absent ? "matchmaking.absent" : "matchmaking.present", subject(registration), null);
	}

	/**
	 * Mails every participant the link to their profile, once each (participants who registered
	 * later get theirs when the organisers send again).
	 * @return how many mails were queued now
	 */
	public int sendLinks(UUID event) {
		SpeedDatings.SpeedDating speedDating = speedDatings.load(event);
		int sent = 0;
		List<RegistrationView> seated = new ArrayList<>();
		registrations.forEach(event, RegistrationStatus.CONFIRMED, seated::add);
		for (RegistrationView r : seated) {
			stored.create(event, r.id());
			if (mails.profileLink(r, speedDating.event().data().title(), stored.one(r.id()).token())) {
				jdbc.sql("update matchmaking_profile set link_sent_at = now() where registration = ?").param(r.id()).update();
				sent++;
			}
		}
		audit.record("matchmaking.linksSent", SpeedDatings.subject(event), sent + " mails");
		return sent;
	}

	private void touch(UUID registration) {
		jdbc.sql("update matchmaking_profile set updated_at = now() where registration = ?").param(registration).update();
	}

	private ParticipantProfile load(RegistrationView registration) {
		Stored profile = stored.one(registration.id());
		List<Wish> wishes = new ArrayList<>();
		stored.wishesOf(registration.id()).forEach((other, meet) -> registrations.find(registration.event(), other)
			.ifPresent(r -> wishes.add(new Wish(r.id(), r.name(), r.organisationName(), meet))));
		wishes.sort(Comparator.comparing(Wish::name, String.CASE_INSENSITIVE_ORDER));
		return new ParticipantProfile(registration, profile.token(), profile.data(), profile.absent(), profile.linkSentAt(),
				profile.updatedAt(), wishes);
	}

	private static List<String> tags(String field, List<String> tags) {
		List<String> clean = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String tag : tags) {
			String value = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
			if (value.length() > MAX_TAG_LENGTH) {
				throw new InvalidInputException(field, "matchmaking.tag.length", "A tag has at most 60 characters");
			}
			if (!value.isEmpty() && seen.add(MatchWeights.normal(value))) {
				clean.add(value);
			}
		}
		if (clean.size() > MAX_TAGS) {
			throw new InvalidInputException(field, "matchmaking.tags.count", "At most 20 tags");
		}
		return clean;
	}

	static String subject(UUID registration) {
		return "registration:" + registration;
	}
}
