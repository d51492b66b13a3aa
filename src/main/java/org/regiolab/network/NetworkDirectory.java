package org.regiolab.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** How other modules find organisations and alliances of the network, by name or by id. */
@NamedInterface("api")
@Component
public class NetworkDirectory {

	/** An organisation or alliance as other modules refer to it. */
	public record Entry(UUID id, String name) {
	}

	private final JdbcClient jdbc;

	NetworkDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UUID> allianceNamed(String name) {
		return jdbc.sql("select id from alliance where lower(name) = lower(?)").param(name).query(UUID.class).optional();
	}

	public Optional<UUID> organisationNamed(String name) {
		return jdbc.sql("select id from organisation where lower(name) = lower(?) order by id limit 1")
			.param(name)
			.query(UUID.class)
			.optional();
	}

	/** The names of those of {@code ids} that are alliances, in one query. */
	public Map<UUID, String> allianceNames(Collection<UUID> ids) {
		return names("alliance", ids);
	}

	/** The names of those of {@code ids} that are organisations, in one query. */
	public Map<UUID, String> organisationNames(Collection<UUID> ids) {
		return names("organisation", ids);
	}

	/** The first {@code limit} organisation names in alphabetical order, for the suggestions of a text field. */
	public List<String> organisationNameList(int limit) {
		return jdbc.sql("select name from organisation order by lower(name) limit ?").param(limit).query(String.class).list();
	}

	/** Every alliance, by name, for pickers and filters. */
	public List<Entry> alliances() {
		return jdbc.sql("select id, name from alliance order by lower(name), id").query(Entry.class).list();
	}

	/** The email addresses of the accounts that coordinate an alliance. */
	public List<String> coordinatorsOf(UUID alliance) {
		return jdbc.sql("select email from alliance_coordinator where alliance = ? order by email")
			.param(alliance)
			.query(String.class)
			.list();
	}

	/** The kind of each of those of {@code ids} that are organisations, in one query. */
	public Map<UUID, OrganisationKind> organisationKinds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, kind from organisation where id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), OrganisationKind.valueOf(rs.getString("kind"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The alliances each of the organisations belongs to, in one query; organisations in none are left out. */
	public Map<UUID, Set<UUID>> alliancesOf(Collection<UUID> organisations) {
		if (organisations.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select organisation, alliance from alliance_membership where organisation = any(?)")
			.param(organisations.toArray(UUID[]::new))
			.query((rs, row) -> Map.entry(rs.getObject("organisation", UUID.class), rs.getObject("alliance", UUID.class)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
	}

	private Map<UUID, String> names(String table, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		// the table is one of two constants, never input
		return jdbc.sql("select id, name from " + table + " where id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(Entry.class)
			.list()
			.stream()
			.collect(Collectors.toMap(Entry::id, Entry::name));
	}
}
