package org.regiolab.platform;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

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

	/**
	 * Every row of the filtered list in its order, one at a time, for an export. Call it inside a
	 * transaction: only there does PostgreSQL's driver fetch the rows in batches of
	 * {@code spring.jdbc.template.fetch-size}; outside one it would read all of them before the first.
	 */
	public <T> void forEach(JdbcClient jdbc, MapSqlParameterSource filters, RowMapper<T> rows, Consumer<? super T> row) {
		try (Stream<T> all = jdbc.sql(select + " " + from + " " + orderBy).paramSource(filters).query(rows).stream()) {
			all.forEach(row);
		}
	}
}
