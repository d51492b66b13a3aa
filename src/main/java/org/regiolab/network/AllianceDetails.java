package org.regiolab.network;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** An alliance with everything that belongs to it, as its page and the API show it. */
@NamedInterface("api")
@Component
public class AllianceDetails {

	/** The alliance. */
	public record Alliance(UUID id, String name, AllianceKind kind, @Nullable String region, @Nullable String vision,
			@Nullable String description, List<String> goals, List<String> groundRules, List<RegionEntry> regions,
			List<Body> bodies, List<Member> members) {
	}

	/** One of the alliance's regions by official key. */
	public record RegionEntry(String key, String name) {
	}

	/** A body of the alliance (steering circle, council) and the people in it. */
	public record Body(UUID id, String name, @Nullable String description, List<String> people) {
	}

	/** A member organisation with its role. */
	public record Member(UUID organizationId, String name, String role, @Nullable LocalDate since) {
	}

	private record Head(UUID id, String name, AllianceKind kind, @Nullable String region, @Nullable String vision,
			@Nullable String description, List<String> goals, List<String> groundRules) {
	}

	private final JdbcClient jdbc;

	AllianceDetails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Alliance> find(UUID id) {
		return jdbc.sql("select id, name, kind, region, vision, description, goals, ground_rules from alliance where id = ?")
			.param(id)
			.query((rs, row) -> new Head(rs.getObject("id", UUID.class), rs.getString("name"),
					AllianceKind.valueOf(rs.getString("kind")), rs.getString("region"), rs.getString("vision"),
					rs.getString("description"), texts(rs.getArray("goals")), texts(rs.getArray("ground_rules"))))
			.optional()
			.map(head -> new Alliance(head.id(), head.name(), head.kind(), head.region(), head.vision(),
					head.description(), head.goals(), head.groundRules(), regions(id), bodies(id), members(id)));
	}

	public List<Member> members(UUID alliance) {
		return jdbc.sql("""
				select o.id as organization_id, o.name, coalesce(m.role, 'MEMBER') as role, m.since
				from alliance_membership m join organisation o on o.id = m.organisation
				where m.alliance = ? order by m.role = 'OFFICE' desc, o.name""")
			.param(alliance).query(Member.class).list();
	}

	private List<RegionEntry> regions(UUID alliance) {
		return jdbc.sql("""
				select r.key, r.name from alliance_region ar join region r on r.key = ar.region
				where ar.alliance = ? order by r.kind desc, r.name""")
			.param(alliance).query(RegionEntry.class).list();
	}

	private List<Body> bodies(UUID alliance) {
		return jdbc.sql("""
				select b.id, b.name, b.description,
				       array(select p.given_name || ' ' || p.family_name || coalesce(' (' || bm.role || ')', '')
				             from alliance_body_member bm join person p on p.id = bm.person
				             where bm.body = b.id order by p.family_name) as people
				from alliance_body b where b.alliance = ? order by b.name""")
			.param(alliance)
			.query((rs, row) -> new Body(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
					texts(rs.getArray("people"))))
			.list();
	}

	private static List<String> texts(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}
}
