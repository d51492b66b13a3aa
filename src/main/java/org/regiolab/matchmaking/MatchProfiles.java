package org.regiolab.matchmaking;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.events.RegistrationStatus;
import org.regiolab.events.RegistrationView;
import org.regiolab.events.Registrations;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.MailOutbox;
import org.regiolab.platform.OutgoingMail;
import org.regiolab.platform.PlatformProperties;

import org.springframework.context.MessageSource;
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
	private static final SecureRandom RANDOM = new SecureRandom();

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

	/** A participant as the schedule needs them. */
	public record Participant(RegistrationView registration, MatchProfile profile, boolean absent) {
	}

	/** A line of the organisers' participant list. */
	public record ParticipantRow(RegistrationView registration, String token, boolean filled, boolean absent, int wishes) {
	}

	private final JdbcClient jdbc;
	private final Registrations registrations;
	private final SpeedDatings speedDatings;
	private final Topics topics;
	private final AuditLog audit;
	private final MailOutbox outbox;
	private final MessageSource messages;
	private final PlatformProperties platform;

	MatchProfiles(JdbcClient jdbc, Registrations registrations, SpeedDatings speedDatings, Topics topics, AuditLog audit,
			MailOutbox outbox, MessageSource messages, PlatformProperties platform) {
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.speedDatings = speedDatings;
		this.topics = topics;
		this.audit = audit;
		this.outbox = outbox;
		this.messages = messages;
		this.platform = platform;
	}

	/**
	 * The profile of a confirmed participant, created empty on first use.
	 * @throws NoSuchElementException if the event has no speed dating or the registration no seat
	 */
	public ParticipantProfile open(UUID event, UUID registration) {
		speedDatings.load(event);
		RegistrationView view = registrations.find(event, registration)
			.filter(r -> r.status() == RegistrationStatus.CONFIRMED)
			.orElseThrow(() -> new NoSuchElementException("No participant " + registration));
		create(event, registration);
		return load(view);
	}

	/** The profile behind a secret link, while its registration holds a seat. */
	@Transactional(readOnly = true)
	public Optional<ParticipantProfile> byToken(String token) {
		return jdbc.sql("select event, registration from matchmaking_profile where token = ?")
			.param(token)
			.query((rs, row) -> registrations.find(rs.getObject("event", UUID.class), rs.getObject("registration", UUID.class)))
			.optional()
			.flatMap(found -> found)
			.filter(r -> r.status() == RegistrationStatus.CONFIRMED)
			.map(this::load);
	}

	/**
	 * The profile of the signed-in account's registration: the one under the account's email.
	 * @throws NoSuchElementException if the account holds no seat at the event
	 */
	public ParticipantProfile ofAccount(UUID event, String email) {
		speedDatings.load(event);
		RegistrationView view = registrations.list(event, email, RegistrationStatus.CONFIRMED, 0, 20).items().stream()
			.filter(r -> r.email().equalsIgnoreCase(email))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No seat of " + email + " at " + event));
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

	/** Everybody with a seat, with their profile (empty if they stated nothing), in order of arrival. */
	@Transactional(readOnly = true)
	public List<Participant> participants(UUID event) {
		List<RegistrationView> seated = registrations.list(event, null, RegistrationStatus.CONFIRMED, 0, 100_000).items();
		Map<UUID, Stored> stored = new HashMap<>();
		jdbc.sql("select * from matchmaking_profile where event = ?").param(event).query(this::stored).list()
			.forEach(s -> stored.put(s.registration(), s));
		Map<UUID, Set<UUID>> meet = new HashMap<>();
		Map<UUID, Set<UUID>> avoid = new HashMap<>();
		jdbc.sql("""
				select w.registration, w.other, w.meet from matchmaking_wish w
				join matchmaking_profile p on p.registration = w.registration where p.event = ?""")
			.param(event)
			.query((rs, row) -> {
				(rs.getBoolean("meet") ? meet : avoid)
					.computeIfAbsent(rs.getObject("registration", UUID.class), id -> new HashSet<>())
					.add(rs.getObject("other", UUID.class));
				return null;
			})
			.list();
		List<Participant> participants = new ArrayList<>();
		for (RegistrationView registration : seated) {
			Stored profile = stored.get(registration.id());
			ProfileData data = profile == null ? new ProfileData(List.of(), List.of(), List.of()) : profile.data();
			participants.add(new Participant(registration, new MatchProfile(registration.id(),
					registration.organisationName(), data.offers(), data.needs(), data.topics(),
					meet.getOrDefault(registration.id(), Set.of()), avoid.getOrDefault(registration.id(), Set.of())),
					profile != null && profile.absent()));
		}
		return participants;
	}

	/** One page of the participants for the organisers, each with their profile's link. */
	public ItemsPage<ParticipantRow> rows(UUID event, @Nullable String query, int page, int size) {
		speedDatings.load(event);
		ItemsPage<RegistrationView> seated = registrations.list(event, query, RegistrationStatus.CONFIRMED, page, size);
		seated.items().forEach(r -> create(event, r.id()));
		Map<UUID, Stored> stored = new HashMap<>();
		Map<UUID, Integer> wishes = new HashMap<>();
		List<UUID> ids = seated.items().stream().map(RegistrationView::id).toList();
		if (!ids.isEmpty()) {
			jdbc.sql("select * from matchmaking_profile where registration in (:ids)").param("ids", ids).query(this::stored)
				.list()
				.forEach(s -> stored.put(s.registration(), s));
			jdbc.sql("select registration, count(*) as n from matchmaking_wish where registration in (:ids) group by registration")
				.param("ids", ids)
				.query((rs, row) -> wishes.put(rs.getObject("registration", UUID.class), rs.getInt("n")))
				.list();
		}
		return new ItemsPage<>(seated.items().stream().map(r -> {
			Stored s = stored.get(r.id());
			return new ParticipantRow(r, s.token(), s.updatedAt() != null, s.absent(), wishes.getOrDefault(r.id(), 0));
		}).toList(), seated.total(), seated.page(), seated.size());
	}

	/** Other participants to wish for, by name or organisation; {@code exclude} is the one asking. */
	@Transactional(readOnly = true)
	public ItemsPage<RegistrationView> candidates(UUID event, @Nullable String query, int page, int size) {
		return registrations.list(event, query, RegistrationStatus.CONFIRMED, page, size);
	}

	/**
	 * Mails every participant the link to their profile, once each (participants who registered
	 * later get theirs when the organisers send again).
	 * @return how many mails were queued now
	 */
	public int sendLinks(UUID event) {
		SpeedDatings.SpeedDating speedDating = speedDatings.load(event);
		int sent = 0;
		for (RegistrationView r : registrations.list(event, null, RegistrationStatus.CONFIRMED, 0, 100_000).items()) {
			create(event, r.id());
			String token = jdbc.sql("select token from matchmaking_profile where registration = ?").param(r.id())
				.query(String.class).single();
			Object[] args = { r.name(), speedDating.event().data().title(), platform.publicUrl() + "/matchmaking/p/" + token };
			if (outbox.enqueue(new OutgoingMail(r.email(), mailSubject("matchmaking.mail.link.subject", args),
					text("matchmaking.mail.link.text", args), "matchmaking:link:" + r.id()))) {
				jdbc.sql("update matchmaking_profile set link_sent_at = now() where registration = ?").param(r.id()).update();
				sent++;
			}
		}
		audit.record("matchmaking.linksSent", SpeedDatings.subject(event), sent + " mails");
		return sent;
	}

	/** The last time a participant changed their profile or wishes, if ever. */
	@Transactional(readOnly = true)
	public Optional<Instant> lastChange(UUID event) {
		return jdbc.sql("select max(updated_at) as changed from matchmaking_profile where event = ?")
			.param(event)
			.query((rs, row) -> Optional.ofNullable(SpeedDatings.instant(rs, "changed")))
			.single();
	}

	/** The mails go out in German and English: registrations keep their language to the events module. */
	String text(String key, Object[] args) {
		return messages.getMessage(key, args, Locale.GERMAN) + "\n\n---\n\n" + messages.getMessage(key, args, Locale.ENGLISH);
	}

	/** A subject in both languages, on its one line. */
	String mailSubject(String key, Object[] args) {
		return messages.getMessage(key, args, Locale.GERMAN) + " / " + messages.getMessage(key, args, Locale.ENGLISH);
	}

	private void create(UUID event, UUID registration) {
		jdbc.sql("""
				insert into matchmaking_profile (registration, event, token) values (?, ?, ?)
				on conflict (registration) do nothing""")
			.params(registration, event, newToken())
			.update();
	}

	private void touch(UUID registration) {
		jdbc.sql("update matchmaking_profile set updated_at = now() where registration = ?").param(registration).update();
	}

	private ParticipantProfile load(RegistrationView registration) {
		Stored stored = jdbc.sql("select * from matchmaking_profile where registration = ?")
			.param(registration.id())
			.query(this::stored)
			.single();
		List<Wish> wishes = new ArrayList<>();
		jdbc.sql("select other, meet from matchmaking_wish where registration = ?")
			.param(registration.id())
			.query((rs, row) -> Map.entry(rs.getObject("other", UUID.class), rs.getBoolean("meet")))
			.list()
			.forEach(wish -> registrations.find(registration.event(), wish.getKey())
				.ifPresent(other -> wishes.add(new Wish(other.id(), other.name(), other.organisationName(), wish.getValue()))));
		wishes.sort(java.util.Comparator.comparing(Wish::name, String.CASE_INSENSITIVE_ORDER));
		return new ParticipantProfile(registration, stored.token(), stored.data(), stored.absent(), stored.linkSentAt(),
				stored.updatedAt(), wishes);
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

	private record Stored(UUID registration, String token, ProfileData data, boolean absent, @Nullable Instant linkSentAt,
			@Nullable Instant updatedAt) {
	}

	private Stored stored(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getObject("registration", UUID.class), rs.getString("token"),
				new ProfileData(texts(rs.getArray("offers")), texts(rs.getArray("needs")), texts(rs.getArray("topics"))),
				rs.getBoolean("absent"), SpeedDatings.instant(rs, "link_sent_at"), SpeedDatings.instant(rs, "updated_at"));
	}

	private static List<String> texts(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String subject(UUID registration) {
		return "registration:" + registration;
	}
}
