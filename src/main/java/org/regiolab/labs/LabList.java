package org.regiolab.labs;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.PageQuery;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The labs as the web lists them: searched, filtered by kind, paged. */
@Component
public class LabList {

	/** A lab in the list. */
	public record LabRow(UUID id, String name, LabKind kind, @Nullable String place, @Nullable String background) {
	}

	private static final PageQuery QUERY = new PageQuery("select id, name, kind, place, background", """
			from lab
			where (cast(:pattern as text) is null or lower(name) like :pattern)
			  and (cast(:kind as text) is null or kind = :kind)""", "order by lower(name), id");

	private final JdbcClient jdbc;

	LabList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ItemsPage<LabRow> find(@Nullable String query, @Nullable LabKind kind, int page, int size) {
		MapSqlParameterSource filters = new MapSqlParameterSource("pattern", LikePattern.contains(query))
			.addValue("kind", kind == null ? null : kind.name());
		return QUERY.run(jdbc, filters, new DataClassRowMapper<>(LabRow.class), page, size);
	}
}
