package org.regiolab.labs;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.PageQuery;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The labs as the web and the API list them: searched, filtered by kind and alliance, paged. */
@NamedInterface("api")
@Component
public class LabList {

	/** A lab in the list, with its alliance's name and how many measures it has. */
	public record LabRow(UUID id, String name, LabKind kind, @Nullable String place, @Nullable UUID allianceId,
			@Nullable String allianceName, int measures) {
	}

	/** What the list is narrowed to; {@code null} means »any«. */
	public record LabFilter(@Nullable String query, @Nullable LabKind kind, @Nullable UUID alliance) {
	}

	private record Row(UUID id, String name, LabKind kind, @Nullable String place, @Nullable UUID alliance, int measures) {
	}

	private static final PageQuery QUERY = new PageQuery("""
			select l.id, l.name, l.kind, l.place, l.alliance,
			       (select count(*) from measure m where m.lab = l.id) as measures""", """
			from lab l
			where (cast(:pattern as text) is null or lower(l.name) like :pattern)
			  and (cast(:kind as text) is null or l.kind = :kind)
			  and (cast(:alliance as uuid) is null or l.alliance = :alliance)""", "order by lower(l.name), l.id");

	private final JdbcClient jdbc;
	private final NetworkDirectory network;

	LabList(JdbcClient jdbc, NetworkDirectory network) {
		this.jdbc = jdbc;
		this.network = network;
	}

	public ItemsPage<LabRow> find(LabFilter filter, int page, int size) {
		ItemsPage<Row> rows = QUERY.run(jdbc, filters(filter), new DataClassRowMapper<>(Row.class), page, size);
		Map<UUID, String> alliances = network.allianceNames(
				rows.items().stream().map(Row::alliance).filter(Objects::nonNull).distinct().toList());
		List<LabRow> items = rows.items().stream().map(row -> named(row, alliances)).toList();
		return new ItemsPage<>(items, rows.total(), rows.page(), rows.size());
	}

	/** Every lab of the filtered list in its order, for an export. */
	@Transactional(readOnly = true)
	public void forEach(LabFilter filter, Consumer<? super LabRow> row) {
		Map<UUID, String> alliances = network.alliances().stream()
			.collect(Collectors.toMap(NetworkDirectory.Entry::id, NetworkDirectory.Entry::name));
		QUERY.forEach(jdbc, filters(filter), new DataClassRowMapper<>(Row.class), lab -> row.accept(named(lab, alliances)));
	}

	private static MapSqlParameterSource filters(LabFilter filter) {
		return new MapSqlParameterSource("pattern", LikePattern.contains(filter.query()))
			.addValue("kind", filter.kind() == null ? null : filter.kind().name())
			.addValue("alliance", filter.alliance());
	}

	private static LabRow named(Row row, Map<UUID, String> alliances) {
		return new LabRow(row.id(), row.name(), row.kind(), row.place(), row.alliance(),
				row.alliance() == null ? null : alliances.get(row.alliance()), row.measures());
	}

	/** Every lab by name, for pickers such as »adopt into which lab«. */
	public List<NetworkDirectory.Entry> all() {
		return jdbc.sql("select id, name from lab order by lower(name), id").query(NetworkDirectory.Entry.class).list();
	}
}
