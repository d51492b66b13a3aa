package org.regiolab.platform;

import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a filtered list and the size of the whole list, as two plain SQL statements.
 * @param select the select list, e.g. {@code "select id, name"}
 * @param from the {@code from … where …} part, with named parameters
 * @param orderBy the {@code order by} clause; it must make the order total, or pages overlap
 */
public record PageQuery(String select, String from, String orderBy) {

	public <T> ItemsPage<T> run(JdbcClient jdbc, MapSqlParameterSource filters, RowMapper<T> rows, int page, int size) {
		long total = jdbc.sql("select count(*) " + from).paramSource(filters).query(Long.class).single();
		MapSqlParameterSource window = new MapSqlParameterSource(filters.getValues())
			.addValue("limit", size)
			.addValue("offset", (long) page * size);
		List<T> items = jdbc.sql(select + " " + from + " " + orderBy + " limit :limit offset :offset")
			.paramSource(window)
			.query(rows)
			.list();
		return new ItemsPage<>(items, total, page, size);
	}
}
