package org.regiolab.labs;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.MeasureData.Actor;
import org.regiolab.labs.MeasureData.Funding;
import org.regiolab.labs.MeasureData.Result;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes measures with their list fields, actors, results, tags and funding. Reading
 * many measures costs one query per kind of detail, never one per measure.
 */
@Component
class MeasureStore {

	/** A measure as stored, before names from other modules are added. */
	record Stored(UUID id, UUID lab, int position, MeasureData data, @Nullable UUID originSolution,
			@Nullable UUID solution, Instant createdAt, Instant updatedAt) {
	}

	private record Row(UUID id, UUID lab, int position, String title, List<String> activities,
			@Nullable String coordination, List<String> financing, List<String> targetGroups,
			List<String> addedValue, @Nullable String outlook, @Nullable UUID originSolution, @Nullable UUID solution,
			Instant createdAt, Instant updatedAt) {
	}

	private static final String SELECT = """
			select m.id, m.lab, m.position, m.title, m.activities, m.coordination, m.financing, m.target_groups,
			       m.added_value, m.outlook, m.origin_solution, s.id as solution, m.created_at, m.updated_at
			from measure m left join solution s on s.measure = m.id""";

	private final JdbcClient jdbc;

	MeasureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Stored> find(UUID id) {
		return read(jdbc.sql(SELECT + " where m.id = ?").param(id).query(MeasureStore::row).list()).stream().findFirst();
	}

	List<Stored> ofLab(UUID lab) {
		return read(jdbc.sql(SELECT + " where m.lab = ? order by m.position, m.id").param(lab).query(MeasureStore::row).list());
	}

	UUID insert(UUID lab, MeasureData data, @Nullable UUID originSolution, String createdBy) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into measure (id, lab, position, title, activities, coordination, financing, target_groups,
				                     added_value, outlook, origin_solution, created_by)
				values (?, ?, (select coalesce(max(position), 0) + 1 from measure where lab = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, lab, lab, data.title(), array(data.activities()), data.coordination(), array(data.financing()),
					array(data.targetGroups()), array(data.addedValue()), data.outlook(), originSolution, createdBy)
			.update();
		writeDetails(id, data);
		return id;
	}

	void update(UUID id, MeasureData data) {
		jdbc.sql("""
				update measure set title = ?, activities = ?, coordination = ?, financing = ?, target_groups = ?,
				       added_value = ?, outlook = ?, updated_at = now()
				where id = ?""")
			.params(data.title(), array(data.activities()), data.coordination(), array(data.financing()),
					array(data.targetGroups()), array(data.addedValue()), data.outlook(), id)
			.update();
		for (String table : List.of("measure_actor", "measure_result", "measure_sdg", "measure_megatrend", "measure_funding")) {
			// the table names are the constants above, never input
			jdbc.sql("delete from " + table + " where measure = ?").param(id).update();
		}
		writeDetails(id, data);
	}

	void delete(UUID id) {
		jdbc.sql("delete from measure where id = ?").param(id).update();
	}

	private void writeDetails(UUID id, MeasureData data) {
		for (int i = 0; i < data.actors().size(); i++) {
			Actor actor = data.actors().get(i);
			jdbc.sql("insert into measure_actor (measure, position, organisation, name) values (?, ?, ?, ?)")
				.params(id, i, actor.organisation(), actor.name())
				.update();
		}
		for (int i = 0; i < data.results().size(); i++) {
			Result result = data.results().get(i);
			jdbc.sql("insert into measure_result (measure, position, text, happened, precision) values (?, ?, ?, ?, ?)")
				.params(id, i, result.text(), result.date() == null ? null : result.date().date(),
						result.date() == null ? null : result.date().precision().name())
				.update();
		}
		data.sdgs().forEach(sdg -> jdbc.sql("insert into measure_sdg (measure, sdg) values (?, ?)").params(id, sdg).update());
		data.megatrends().forEach(megatrend -> jdbc.sql("insert into measure_megatrend (measure, megatrend) values (?, ?)")
			.params(id, megatrend)
			.update());
		data.funding().forEach(funding -> jdbc.sql("insert into measure_funding (measure, programme, budget) values (?, ?, ?)")
			.params(id, funding.programme(), funding.budget())
			.update());
	}

	private List<Stored> read(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
		Map<UUID, List<Actor>> actors = details("select measure, organisation, name from measure_actor where measure = any(?) order by position",
				ids, rs -> new Actor(rs.getObject("organisation", UUID.class), rs.getString("name")));
		Map<UUID, List<Result>> results = details("select measure, text, happened, precision from measure_result where measure = any(?) order by position",
				ids, rs -> new Result(rs.getString("text"), rs.getDate("happened") == null ? null
						: new ResultDate(rs.getDate("happened").toLocalDate(), ResultDate.Precision.valueOf(rs.getString("precision")))));
		Map<UUID, List<Integer>> sdgs = details("select measure, sdg from measure_sdg where measure = any(?) order by sdg", ids,
				rs -> rs.getInt("sdg"));
		Map<UUID, List<String>> megatrends = details("""
				select mm.measure, mm.megatrend from measure_megatrend mm join megatrend t on t.code = mm.megatrend
				where mm.measure = any(?) order by t.position""", ids, rs -> rs.getString("megatrend"));
		Map<UUID, List<Funding>> funding = details("""
				select mf.measure, mf.programme, mf.budget from measure_funding mf
				join funding_programme f on f.id = mf.programme where mf.measure = any(?) order by lower(f.name)""", ids,
				rs -> new Funding(rs.getObject("programme", UUID.class), rs.getBigDecimal("budget")));
		List<Stored> measures = new ArrayList<>();
		for (Row row : rows) {
			MeasureData data = new MeasureData(row.title(), row.activities(), row.coordination(), row.financing(),
					actors.getOrDefault(row.id(), List.of()), row.targetGroups(), row.addedValue(),
					results.getOrDefault(row.id(), List.of()), row.outlook(), megatrends.getOrDefault(row.id(), List.of()),
					sdgs.getOrDefault(row.id(), List.of()), funding.getOrDefault(row.id(), List.of()));
			measures.add(new Stored(row.id(), row.lab(), row.position(), data, row.originSolution(), row.solution(),
					row.createdAt(), row.updatedAt()));
		}
		return measures;
	}

	private interface Detail<T> {
		T read(ResultSet rs) throws SQLException;
	}

	private <T> Map<UUID, List<T>> details(String sql, UUID[] ids, Detail<T> detail) {
		Map<UUID, List<T>> byMeasure = new LinkedHashMap<>();
		jdbc.sql(sql).param(ids).query(rs -> {
			byMeasure.computeIfAbsent(rs.getObject("measure", UUID.class), id -> new ArrayList<>()).add(detail.read(rs));
		});
		return byMeasure;
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("lab", UUID.class), rs.getInt("position"),
				rs.getString("title"), strings(rs.getArray("activities")), rs.getString("coordination"),
				strings(rs.getArray("financing")), strings(rs.getArray("target_groups")), strings(rs.getArray("added_value")),
				rs.getString("outlook"), rs.getObject("origin_solution", UUID.class), rs.getObject("solution", UUID.class),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}

	private static String[] array(List<String> values) {
		return values.toArray(String[]::new);
	}
}
