package org.regiolab.network;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;

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

	private final JdbcClient jdbc;

	NetworkLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ItemsPage<AllianceRow> alliances(@Nullable String query, @Nullable AllianceKind kind, int page, int size) {
		String where = " where (cast(:pattern as text) is null or lower(a.name) like :pattern) "
				+ "and (cast(:kind as text) is null or a.kind = :kind)";
		long total = jdbc.sql("select count(*) from alliance a" + where)
			.param("pattern", LikePattern.contains(query)).param("kind", kind == null ? null : kind.name())
			.query(Long.class).single();
		List<AllianceRow> rows = jdbc.sql("""
				select a.id, a.name, a.kind, a.region,
				       (select count(*) from alliance_membership m where m.alliance = a.id) as members
				from alliance a""" + where + " order by lower(a.name) limit :limit offset :offset")
			.param("pattern", LikePattern.contains(query)).param("kind", kind == null ? null : kind.name())
			.param("limit", size).param("offset", (long) page * size)
			.query(AllianceRow.class).list();
		return new ItemsPage<>(rows, total, page, size);
	}

	public ItemsPage<OrganisationRow> organisations(@Nullable String query, @Nullable OrganisationKind kind, int page,
			int size) {
		String where = " where (cast(:pattern as text) is null or lower(o.name) like :pattern) "
				+ "and (cast(:kind as text) is null or o.kind = :kind)";
		long total = jdbc.sql("select count(*) from organisation o" + where)
			.param("pattern", LikePattern.contains(query)).param("kind", kind == null ? null : kind.name())
			.query(Long.class).single();
		List<OrganisationRow> rows = jdbc.sql("""
				select o.id, o.name, o.kind, o.city,
				       (select string_agg(a.name, ', ' order by a.name) from alliance_membership m
				        join alliance a on a.id = m.alliance where m.organisation = o.id) as alliances
				from organisation o""" + where + " order by lower(o.name) limit :limit offset :offset")
			.param("pattern", LikePattern.contains(query)).param("kind", kind == null ? null : kind.name())
			.param("limit", size).param("offset", (long) page * size)
			.query(OrganisationRow.class).list();
		return new ItemsPage<>(rows, total, page, size);
	}
}
