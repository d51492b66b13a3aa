package org.regiolab.network;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.PageQuery;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The alliances and organisations as the web lists them: searched, filtered by kind, paged. */
@Component
public class NetworkLists {

	/** An alliance in a list, with the number of its member organisations. */
	public record AllianceRow(UUID id, String name, AllianceKind kind, @Nullable String region, int members) {
	}

	/** An organisation in a list, with the alliances it belongs to. */
	public record OrganisationRow(UUID id, String name, OrganisationKind kind, @Nullable String city,
			@Nullable String alliances) {
	}

	private static final PageQuery ALLIANCES = new PageQuery("""
			select a.id, a.name, a.kind, a.region,
			       (select count(*) from alliance_membership m where m.alliance = a.id) as members""", """
			from alliance a
			where (cast(:pattern as text) is null or lower(a.name) like :pattern)
			  and (cast(:kind as text) is null or a.kind = :kind)""", "order by lower(a.name), a.id");

	private static final PageQuery ORGANISATIONS = new PageQuery("""
			select o.id, o.name, o.kind, o.city,
			       (select string_agg(a.name, ', ' order by a.name) from alliance_membership m
			        join alliance a on a.id = m.alliance where m.organisation = o.id) as alliances""", """
			from organisation o
			where (cast(:pattern as text) is null or lower(o.name) like :pattern)
			  and (cast(:kind as text) is null or o.kind = :kind)""", "order by lower(o.name), o.id");

	private final JdbcClient jdbc;

	NetworkLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ItemsPage<AllianceRow> alliances(@Nullable String query, @Nullable AllianceKind kind, int page, int size) {
		return ALLIANCES.run(jdbc, filters(query, kind), new DataClassRowMapper<>(AllianceRow.class), page, size);
	}

	public ItemsPage<OrganisationRow> organisations(@Nullable String query, @Nullable OrganisationKind kind, int page,
			int size) {
		return ORGANISATIONS.run(jdbc, filters(query, kind), new DataClassRowMapper<>(OrganisationRow.class), page, size);
	}

	private static MapSqlParameterSource filters(@Nullable String query, @Nullable Enum<?> kind) {
		return new MapSqlParameterSource("pattern", LikePattern.contains(query))
			.addValue("kind", kind == null ? null : kind.name());
	}
}
