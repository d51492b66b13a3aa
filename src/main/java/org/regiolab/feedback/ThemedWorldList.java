package org.regiolab.feedback;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.LabList;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.PageQuery;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Themed worlds across labs, filtered and paged, the latest first, with their stations and visible feedback counted. */
@Service
@Transactional(readOnly = true)
public class ThemedWorldList {

	public record WorldFilter(@Nullable String query, @Nullable UUID lab) {
	}

	public record WorldRow(UUID id, UUID lab, String labName, String title, LocalDate startsOn, LocalDate endsOn,
			long stations, long feedback) {
	}

	private static final PageQuery PAGE = new PageQuery("""
			select w.id, w.lab, w.title, w.starts_on, w.ends_on,
			       (select count(*) from station s where s.themed_world = w.id) as stations,
			       (select count(*) from feedback f join station s on s.id = f.station
			        where s.themed_world = w.id and not f.hidden) as feedback""", """
			from themed_world w
			where (cast(:lab as uuid) is null or w.lab = :lab)
			  and (cast(:pattern as text) is null or lower(w.title) like :pattern)""",
			"order by w.starts_on desc, w.title, w.id");

	private final JdbcClient jdbc;
	private final LabList labs;

	ThemedWorldList(JdbcClient jdbc, LabList labs) {
		this.jdbc = jdbc;
		this.labs = labs;
	}

	public ItemsPage<WorldRow> find(WorldFilter filter, int page, int size) {
		return PAGE.run(jdbc, filters(filter), rows(labNames()), page, size);
	}

	/** Every themed world of the filtered list in its order, for an export. */
	public void forEach(WorldFilter filter, Consumer<? super WorldRow> row) {
		PAGE.forEach(jdbc, filters(filter), rows(labNames()), row);
	}

	private static MapSqlParameterSource filters(WorldFilter filter) {
		return new MapSqlParameterSource("lab", filter.lab()).addValue("pattern", LikePattern.contains(filter.query()));
	}

	private static RowMapper<WorldRow> rows(Map<UUID, String> labNames) {
		return (rs, row) -> {
			UUID lab = rs.getObject("lab", UUID.class);
			return new WorldRow(rs.getObject("id", UUID.class), lab, labNames.getOrDefault(lab, ""), rs.getString("title"),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
					rs.getLong("stations"), rs.getLong("feedback"));
		};
	}

	private Map<UUID, String> labNames() {
		return labs.all().stream().collect(Collectors.toMap(NetworkDirectory.Entry::id,
				NetworkDirectory.Entry::name));
	}
}
