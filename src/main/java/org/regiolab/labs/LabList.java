package org.regiolab.labs;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The labs as the web lists them: searched, filtered by kind, paged. */
@Component
public class LabList {

	/** A lab in the list. */
	public record LabRow(UUID id, String name, LabKind kind, @Nullable String place, @Nullable String background) {
	}

	private static final String WHERE = " where (cast(:pattern as text) is null or lower(name) like :pattern) "
			+ "and (cast(:kind as text) is null or kind = :kind)";

	private final JdbcClient jdbc;

	LabList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ItemsPage<LabRow> find(@Nullable String query, @Nullable LabKind kind, int page, int size) {
		String pattern = LikePattern.contains(query);
		String kindName = kind == null ? null : kind.name();
		long total = jdbc.sql("select count(*) from lab" + WHERE)
			.param("pattern", pattern).param("kind", kindName)
			.query(Long.class).single();
		List<LabRow> rows = jdbc.sql("select id, name, kind, place, background from lab" + WHERE
				+ " order by lower(name) limit :limit offset :offset")
			.param("pattern", pattern).param("kind", kindName)
			.param("limit", size).param("offset", (long) page * size)
			.query(LabRow.class).list();
		return new ItemsPage<>(rows, total, page, size);
	}
}
