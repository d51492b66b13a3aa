package org.regiolab.network;

import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.PageQuery;
import org.regiolab.platform.TextSearch;
import org.regiolab.platform.Texts;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The alliances and organisations as the web lists them: searched, filtered by kind, paged. */
@NamedInterface("api")
@Component
public class NetworkLists {

	/** An alliance in a list, with the number of its member organisations. */
	public record AllianceRow(UUID id, String name, AllianceKind kind, @Nullable String region, int members) {
	}

	/** An organisation in a list, with the alliances it belongs to. */
	public record OrganisationRow(UUID id, String name, OrganisationKind kind, @Nullable String sectorCode,
			@Nullable String regionKey, @Nullable String postalCode, @Nullable String city, @Nullable String alliances) {
	}

	/**
	 * What an organisation list is filtered by; every part may be missing.
	 * @param query words to find in name, town or description
	 * @param sector a WZ 2008 division, or a section letter for all its divisions
	 * @param region an official regional key
	 * @param alliance organisations that belong to this alliance
	 */
	public record OrganisationFilter(@Nullable String query, @Nullable OrganisationKind kind, @Nullable String sector,
			@Nullable String region, @Nullable UUID alliance) {
	}

	/**
	 * The organisation {@code o} is in the sector {@code :sector} (or any): a division's code, or a section
	 * letter for all its divisions. {@link Contacts} filters alike.
	 */
	static final String SECTOR_FILTER = """
			(cast(:sector as text) is null or o.sector_code = :sector
			 or o.sector_code in (select code from sector where section = :sector))""";

	private static final PageQuery ALLIANCES = new PageQuery("""
			select a.id, a.name, a.kind, a.region,
			       (select count(*) from alliance_membership m where m.alliance = a.id) as members""", """
			from alliance a
			where (cast(:pattern as text) is null or lower(a.name) like :pattern)
			  and (cast(:kind as text) is null or a.kind = :kind)""", "order by lower(a.name), a.id");

	private static final PageQuery ORGANISATIONS = new PageQuery("""
			select o.id, o.name, o.kind, o.sector_code, o.region_key, o.postal_code, o.city,
			       (select string_agg(a.name, ', ' order by a.name) from alliance_membership m
			        join alliance a on a.id = m.alliance where m.organisation = o.id) as alliances""", """
			from organisation o
			where (cast(:words as text) is null or o.search @@ to_tsquery('german', :words) or lower(o.name) like :pattern)
			  and (cast(:kind as text) is null or o.kind = :kind)
			  and """ + SECTOR_FILTER + """
			  and (cast(:region as text) is null or o.region_key = :region)
			  and (cast(:alliance as uuid) is null
			       or exists (select 1 from alliance_membership m where m.organisation = o.id and m.alliance = :alliance))""",
			"order by lower(o.name), o.id");

	private final JdbcClient jdbc;

	NetworkLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ItemsPage<AllianceRow> alliances(@Nullable String query, @Nullable AllianceKind kind, int page, int size) {
		return ALLIANCES.run(jdbc, filters(query, kind), new DataClassRowMapper<>(AllianceRow.class), page, size);
	}

	public ItemsPage<OrganisationRow> organisations(OrganisationFilter filter, int page, int size) {
		return ORGANISATIONS.run(jdbc, filters(filter), new DataClassRowMapper<>(OrganisationRow.class), page, size);
	}

	/** Every organisation of the filtered list in its order, for an export. */
	@Transactional(readOnly = true)
	public void forEachOrganisation(OrganisationFilter filter, Consumer<? super OrganisationRow> row) {
		ORGANISATIONS.forEach(jdbc, filters(filter), new DataClassRowMapper<>(OrganisationRow.class), row);
	}

	private static MapSqlParameterSource filters(OrganisationFilter filter) {
		return filters(filter.query(), filter.kind())
			.addValue("words", TextSearch.prefixQuery(filter.query()))
			.addValue("sector", Texts.blankToNull(filter.sector()))
			.addValue("region", Texts.blankToNull(filter.region()))
			.addValue("alliance", filter.alliance());
	}

	private static MapSqlParameterSource filters(@Nullable String query, @Nullable Enum<?> kind) {
		return new MapSqlParameterSource("pattern", LikePattern.contains(query))
			.addValue("kind", kind == null ? null : kind.name());
	}
}
