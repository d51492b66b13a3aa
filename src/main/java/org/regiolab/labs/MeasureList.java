package org.regiolab.labs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.PageQuery;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The measures of all labs by SDG and megatrend: filtered lists and how many measures each tag has. */
@Component
public class MeasureList {

	/** What the list is narrowed to; {@code null} means »any«. */
	public record MeasureFilter(@Nullable String query, @Nullable Integer sdg, @Nullable String megatrend,
			@Nullable UUID lab, @Nullable UUID alliance) {
	}

	/** A measure in the list with its lab and tags. */
	public record MeasureRow(UUID id, String title, UUID labId, String labName, List<Integer> sdgs, List<String> megatrends) {
	}

	/**
	 * How many measures carry each SDG (all 17, zeros included) and each megatrend of the curated
	 * list, within the filter's lab, alliance and search.
	 */
	public record Counts(Map<Integer, Long> sdgs, Map<String, Long> megatrends) {
	}

	private static final String WHERE = """
			from measure m join lab l on l.id = m.lab
			where (cast(:pattern as text) is null or lower(m.title) like :pattern
			       or lower(array_to_string(m.activities, ' ')) like :pattern)
			  and (cast(:lab as uuid) is null or m.lab = :lab)
			  and (cast(:alliance as uuid) is null or l.alliance = :alliance)""";

	private static final PageQuery QUERY = new PageQuery("""
			select m.id, m.title, l.id as lab_id, l.name as lab_name,
			       array(select s.sdg from measure_sdg s where s.measure = m.id order by s.sdg) as sdgs,
			       array(select t.megatrend from measure_megatrend t where t.measure = m.id order by t.megatrend) as megatrends""",
			WHERE + """

			  and (cast(:sdg as int) is null or exists (select 1 from measure_sdg s where s.measure = m.id and s.sdg = :sdg))
			  and (cast(:megatrend as text) is null
			       or exists (select 1 from measure_megatrend t where t.measure = m.id and t.megatrend = :megatrend))""",
			"order by lower(l.name), m.position, m.id");

	private final JdbcClient jdbc;

	MeasureList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ItemsPage<MeasureRow> find(MeasureFilter filter, int page, int size) {
		return QUERY.run(jdbc, parameters(filter), MeasureList::row, page, size);
	}

	/** Every measure of the filtered list in its order, for an export. */
	@Transactional(readOnly = true)
	public void forEach(MeasureFilter filter, Consumer<? super MeasureRow> row) {
		QUERY.forEach(jdbc, parameters(filter), MeasureList::row, row);
	}

	private static MeasureRow row(ResultSet rs, int row) throws SQLException {
		return new MeasureRow(rs.getObject("id", UUID.class), rs.getString("title"), rs.getObject("lab_id", UUID.class),
				rs.getString("lab_name"), List.of((Integer[]) rs.getArray("sdgs").getArray()),
				List.of((String[]) rs.getArray("megatrends").getArray()));
	}

	/** The counts for the filter's lab, alliance and search; its SDG and megatrend are ignored, so every bar shows. */
	public Counts counts(MeasureFilter filter) {
		MapSqlParameterSource parameters = parameters(filter);
		Map<Integer, Long> sdgs = new LinkedHashMap<>();
		jdbc.sql("""
				select g.number, count(s.measure) as measures
				from generate_series(1, 17) as g(number)
				left join (select s.sdg, s.measure from measure_sdg s
				           where s.measure in (select m.id %s)) s on s.sdg = g.number
				group by g.number order by g.number""".formatted(WHERE))
			.paramSource(parameters)
			.query(rs -> {
				sdgs.put(rs.getInt("number"), rs.getLong("measures"));
			});
		Map<String, Long> megatrends = new LinkedHashMap<>();
		jdbc.sql("""
				select t.code, count(mm.measure) as measures
				from megatrend t
				left join (select mm.megatrend, mm.measure from measure_megatrend mm
				           where mm.measure in (select m.id %s)) mm on mm.megatrend = t.code
				group by t.code, t.position order by t.position, t.code""".formatted(WHERE))
			.paramSource(parameters)
			.query(rs -> {
				megatrends.put(rs.getString("code"), rs.getLong("measures"));
			});
		return new Counts(sdgs, megatrends);
	}

	private static MapSqlParameterSource parameters(MeasureFilter filter) {
		return new MapSqlParameterSource("pattern", LikePattern.contains(filter.query()))
			.addValue("sdg", filter.sdg())
			.addValue("megatrend", filter.megatrend() == null || filter.megatrend().isBlank() ? null : filter.megatrend())
			.addValue("lab", filter.lab())
			.addValue("alliance", filter.alliance());
	}
}
