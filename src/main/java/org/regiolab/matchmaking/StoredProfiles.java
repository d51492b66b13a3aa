package org.regiolab.matchmaking;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.matchmaking.MatchProfiles.ProfileData;
import org.regiolab.platform.SecretTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The profiles and wishes of speed-dating participants as stored, for the services that change and read them. */
@Component
class StoredProfiles {

	/** The secret in a participant's profile link: 192 random bits. */
	private static final int LINK_BYTES = 24;

	/** A profile's row; {@code updatedAt} is {@code null} until it was first saved. */
	record Stored(UUID registration, UUID event, String token, ProfileData data, boolean absent,
			@Nullable Instant linkSentAt, @Nullable Instant updatedAt) {
	}

	/** Whom the participants of an event want to meet, and whom not, by registration. */
	record Wishes(Map<UUID, Set<UUID>> meet, Map<UUID, Set<UUID>> avoid) {
	}

	private final JdbcClient jdbc;

	StoredProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the empty profile with its secret if there is none yet. */
	void create(UUID event, UUID registration) {
		jdbc.sql("""
				insert into matchmaking_profile (registration, event, token) values (?, ?, ?)
				on conflict (registration) do nothing""")
			.params(registration, event, SecretTokens.newToken("", LINK_BYTES))
			.update();
	}

	Stored one(UUID registration) {
		return jdbc.sql("select * from matchmaking_profile where registration = ?")
			.param(registration)
			.query(StoredProfiles::row)
			.single();
	}

	Optional<Stored> byToken(String token) {
		return jdbc.sql("select * from matchmaking_profile where token = ?").param(token).query(StoredProfiles::row).optional();
	}

	Map<UUID, Stored> ofEvent(UUID event) {
		return byRegistration(jdbc.sql("select * from matchmaking_profile where event = ?").param(event)
			.query(StoredProfiles::row).list());
	}

	Map<UUID, Stored> of(Collection<UUID> registrations) {
		return registrations.isEmpty() ? Map.of() : byRegistration(jdbc.sql(
				"select * from matchmaking_profile where registration in (:ids)").param("ids", registrations)
			.query(StoredProfiles::row).list());
	}

	Wishes wishesOfEvent(UUID event) {
		Map<UUID, Set<UUID>> meet = new HashMap<>();
		Map<UUID, Set<UUID>> avoid = new HashMap<>();
		jdbc.sql("""
				select w.registration, w.other, w.meet from matchmaking_wish w
				join matchmaking_profile p on p.registration = w.registration where p.event = ?""")
			.param(event)
			.query((rs, row) -> (rs.getBoolean("meet") ? meet : avoid)
				.computeIfAbsent(rs.getObject("registration", UUID.class), id -> new HashSet<>())
				.add(rs.getObject("other", UUID.class)))
			.list();
		return new Wishes(meet, avoid);
	}

	/** Each registration's own wishes: whom ({@code true}) to meet or not. */
	Map<UUID, Boolean> wishesOf(UUID registration) {
		Map<UUID, Boolean> wishes = new HashMap<>();
		jdbc.sql("select other, meet from matchmaking_wish where registration = ?")
			.param(registration)
			.query((rs, row) -> wishes.put(rs.getObject("other", UUID.class), rs.getBoolean("meet")))
			.list();
		return wishes;
	}

	Map<UUID, Integer> wishCounts(Collection<UUID> registrations) {
		Map<UUID, Integer> counts = new HashMap<>();
		if (!registrations.isEmpty()) {
			jdbc.sql("select registration, count(*) as n from matchmaking_wish where registration in (:ids) group by registration")
				.param("ids", registrations)
				.query((rs, row) -> counts.put(rs.getObject("registration", UUID.class), rs.getInt("n")))
				.list();
		}
		return counts;
	}

	/** The last time a participant of the event changed their profile or wishes, if ever. */
	Optional<Instant> lastChange(UUID event) {
		return jdbc.sql("select max(updated_at) as changed from matchmaking_profile where event = ?")
			.param(event)
			.query((rs, row) -> Optional.ofNullable(SpeedDatings.instant(rs, "changed")))
			.single();
	}

	private static Map<UUID, Stored> byRegistration(List<Stored> rows) {
		Map<UUID, Stored> map = new HashMap<>();
		rows.forEach(s -> map.put(s.registration(), s));
		return map;
	}

	private static Stored row(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getObject("registration", UUID.class), rs.getObject("event", UUID.class), rs.getString("token"),
				new ProfileData(texts(rs.getArray("offers")), texts(rs.getArray("needs")), texts(rs.getArray("topics"))),
				rs.getBoolean("absent"), SpeedDatings.instant(rs, "link_sent_at"), SpeedDatings.instant(rs, "updated_at"));
	}

	private static List<String> texts(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
