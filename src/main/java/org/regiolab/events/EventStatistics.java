package org.regiolab.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.network.OrganisationKind;
import org.regiolab.platform.TimeConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who came: counts of one event, or of all events an alliance organised in a year. Participants are
 * those checked in once check-in has begun, the confirmed ones before. An organisation is counted
 * by its registry entry or, if written in by hand, by its name; an alliance or initiative counts as
 * represented when a participant's organisation belongs to it.
 */
@Service
@Transactional(readOnly = true)
public class EventStatistics {

	/** Participants whose organisation is not in the registry. */
	public static final String UNKNOWN_KIND = "UNKNOWN";

	/**
	 * @param registered every registration ever made, cancelled ones too
	 * @param noShows confirmed but not checked in, counted once the event is over and check-in was used
	 * @param participants the people who came (or, before check-in, who hold a seat)
	 * @param organizations distinct organisations the participants come from
	 * @param alliances distinct alliances and initiatives those organisations belong to
	 * @param fromAlliances participants whose organisation belongs to at least one alliance
	 * @param byOrganizationKind participants by their organisation's kind; {@value #UNKNOWN_KIND} when not in the registry
	 */
	public record Figures(int events, int registered, int confirmed, int waitlisted, int cancelled, int checkedIn,
			int walkIns, int noShows, int participants, int organizations, int alliances, int fromAlliances,
			Map<String, Integer> byOrganizationKind) {
	}

	private record Row(UUID event, String status, boolean walkIn, boolean checkedIn, boolean checkInUsed,
			boolean over, @Nullable UUID organisation, @Nullable String organisationName) {

		boolean participant() {
			return checkInUsed ? checkedIn : status.equals("CONFIRMED");
		}
	}

	private final JdbcClient jdbc;
	private final NetworkDirectory network;

	EventStatistics(JdbcClient jdbc, NetworkDirectory network) {
		this.jdbc = jdbc;
		this.network = network;
	}

	public Figures ofEvent(UUID event) {
		return figures(rows("e.id = ?", event), 1);
	}

	/** All events the alliance organised that began in the year (Europe/Berlin). */
	public Figures ofAlliance(UUID alliance, int year) {
		OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(TimeConfiguration.ZONE).toOffsetDateTime();
		OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(TimeConfiguration.ZONE).toOffsetDateTime();
		int events = jdbc.sql("select count(*) from event where alliance = ? and starts_at >= ? and starts_at < ?")
			.params(alliance, from, to)
			.query(Integer.class)
			.single();
		return figures(rows("e.alliance = ? and e.starts_at >= ? and e.starts_at < ?", alliance, from, to), events);
	}

	private List<Row> rows(String condition, Object... params) {
		// the condition is one of two constants above, never input
		return jdbc.sql("""
				select r.event, r.status, r.walk_in, r.checked_in_at is not null as checked_in,
				       bool_or(r.checked_in_at is not null) over (partition by r.event) as check_in_used,
				       e.ends_at < now() as over, r.organisation, r.organisation_name
				from registration r join event e on e.id = r.event
				where """ + " " + condition)
			.params(params)
			.query((rs, row) -> new Row(rs.getObject("event", UUID.class), rs.getString("status"), rs.getBoolean("walk_in"),
					rs.getBoolean("checked_in"), rs.getBoolean("check_in_used"), rs.getBoolean("over"),
					rs.getObject("organisation", UUID.class), rs.getString("organisation_name")))
			.list();
	}

	private Figures figures(List<Row> rows, int events) {
		List<Row> participants = rows.stream().filter(Row::participant).toList();
		Set<UUID> registered = new HashSet<>();
		Set<String> organisations = new HashSet<>();
		for (Row row : participants) {
			if (row.organisation() != null) {
				registered.add(row.organisation());
				organisations.add(row.organisation().toString());
			}
			else if (row.organisationName() != null) {
				organisations.add(row.organisationName().strip().toLowerCase(Locale.GERMAN));
			}
		}
		Map<UUID, Set<UUID>> alliances = network.alliancesOf(registered);
		Map<UUID, OrganisationKind> kinds = network.organisationKinds(registered);
		Map<String, Integer> byKind = new TreeMap<>();
		int fromAlliances = 0;
		for (Row row : participants) {
			OrganisationKind kind = row.organisation() == null ? null : kinds.get(row.organisation());
			byKind.merge(kind == null ? UNKNOWN_KIND : kind.name(), 1, Integer::sum);
			if (row.organisation() != null && alliances.containsKey(row.organisation())) {
				fromAlliances++;
			}
		}
		return new Figures(events, rows.size(), count(rows, "CONFIRMED"), count(rows, "WAITLISTED"),
				count(rows, "CANCELLED"), (int) rows.stream().filter(Row::checkedIn).count(),
				(int) rows.stream().filter(Row::walkIn).count(),
				(int) rows.stream()
					.filter(row -> row.over() && row.checkInUsed() && row.status().equals("CONFIRMED") && !row.checkedIn())
					.count(),
				participants.size(), organisations.size(), distinct(alliances.values()), fromAlliances, byKind);
	}

	private static int count(List<Row> rows, String status) {
		return (int) rows.stream().filter(row -> row.status().equals(status)).count();
	}

	private static int distinct(Collection<Set<UUID>> alliances) {
		return (int) alliances.stream().flatMap(Set::stream).filter(Objects::nonNull).distinct().count();
	}
}
