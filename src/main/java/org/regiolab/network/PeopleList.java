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

/** The people of the network as lists show them: searched by name or email, filtered by organisation. */
@Component
public class PeopleList {

	/** A person in a list. */
	public record PersonRow(UUID id, String givenName, String familyName, @Nullable String email,
			@Nullable UUID organizationId, @Nullable String organizationName, @Nullable String function) {
	}

	private static final PageQuery QUERY = new PageQuery("""
			select p.id, p.given_name, p.family_name, p.email, p.organisation as organization_id,
			       o.name as organization_name, p.function""", """
			from person p left join organisation o on o.id = p.organisation
			where (cast(:pattern as text) is null or lower(p.given_name || ' ' || p.family_name) like :pattern
			       or p.email like :pattern)
			  and (cast(:organisation as uuid) is null or p.organisation = :organisation)""",
			"order by lower(p.family_name), lower(p.given_name), p.id");

	private final JdbcClient jdbc;

	PeopleList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ItemsPage<PersonRow> find(@Nullable String query, @Nullable UUID organisation, int page, int size) {
		MapSqlParameterSource filters = new MapSqlParameterSource("pattern", LikePattern.contains(query))
			.addValue("organisation", organisation);
		return QUERY.run(jdbc, filters, new DataClassRowMapper<>(PersonRow.class), page, size);
	}
}
