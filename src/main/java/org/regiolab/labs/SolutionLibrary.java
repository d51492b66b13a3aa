package org.regiolab.labs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.PageQuery;
import org.regiolab.platform.TextSearch;
import org.regiolab.platform.Texts;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The solution library: coordinators publish measures that worked; other labs find them and
 * adopt them, which creates a measure of their own that keeps its origin. The origin sees who
 * adopted it.
 */
@Service
@Transactional
public class SolutionLibrary {

	/** A published solution with where it comes from and who adopted it. */
	public record Solution(UUID id, UUID measure, String title, SolutionData data, Origin origin, String publishedBy,
			Instant publishedAt, List<Adoption> adoptions) {
	}

	/** The lab (and its alliance) a solution or an adoption belongs to. */
	public record Origin(UUID lab, String labName, @Nullable UUID alliance, @Nullable String allianceName) {
	}

	/** A measure that adopted a solution. */
	public record Adoption(UUID measure, String title, Origin lab, Instant adoptedAt) {
	}

	/** A solution in the library's list. */
	public record SolutionRow(UUID id, String title, String problem, Origin origin, Instant publishedAt, int adoptions) {
	}

	private record Row(UUID id, UUID measure, String title, String problem, String approach, @Nullable String requirements,
			@Nullable String results, String contact, String publishedBy, Instant publishedAt, UUID lab, String labName,
			@Nullable UUID alliance, int adoptions) {
	}

	private static final String SELECT = """
			select s.id, s.measure, s.title, s.problem, s.approach, s.requirements, s.results, s.contact, s.published_by,
			       s.published_at, l.id as lab, l.name as lab_name, l.alliance,
			       (select count(*) from measure a where a.origin_solution = s.id) as adoptions""";

	private static final PageQuery SEARCH = new PageQuery(SELECT, """
			from solution s join measure m on m.id = s.measure join lab l on l.id = m.lab
			where cast(:words as text) is null or s.search @@ to_tsquery('german', :words) or lower(s.title) like :pattern""",
			"""
			order by case when cast(:words as text) is null then 0
			              else ts_rank(s.search, to_tsquery('german', :words)) end desc, s.published_at desc, s.id""");

	private final JdbcClient jdbc;
	private final MeasureRegistry measures;
	private final LabRegistry labs;
	private final NetworkDirectory network;
	private final AuditLog audit;

	SolutionLibrary(JdbcClient jdbc, MeasureRegistry measures, LabRegistry labs, NetworkDirectory network, AuditLog audit) {
		this.jdbc = jdbc;
		this.measures = measures;
		this.labs = labs;
		this.network = network;
		this.audit = audit;
	}

	/** Publishes a measure as a solution; a measure is published once. */
	public UUID publish(UUID measure, SolutionData data) {
		MeasureView view = measures.load(measure);
		SolutionData clean = checked(data);
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into solution (id, measure, title, problem, approach, requirements, results, contact, published_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, measure, view.data().title(), clean.problem(), clean.approach(), clean.requirements(),
						clean.results(), clean.contact(), AuditLog.currentActor())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("measure", "solution.alreadyPublished", "Measure already published");
		}
		audit.record("solution.published", "solution:" + id, view.data().title());
		return id;
	}

	/**
	 * Adopts a solution into a lab: a new measure with the solution's activities, target groups,
	 * added value and tags, linked to its origin. Results, actors and funding stay the origin's.
	 */
	public UUID adopt(UUID solution, UUID lab) {
		Solution origin = load(solution);
		if (labs.find(lab).isEmpty()) {
			throw new InvalidInputException("labId", "solution.lab.unknown", "No lab " + lab);
		}
		if (origin.origin().lab().equals(lab)) {
			throw new InvalidInputException("labId", "solution.sameLab", "A solution is not adopted into its own lab");
		}
		MeasureData source = measures.load(origin.measure()).data();
		MeasureData adopted = new MeasureData(source.title(), source.activities(), null, List.of(), List.of(),
				source.targetGroups(), source.addedValue(), List.of(), null, source.megatrends(), source.sdgs(), List.of());
		UUID measure = measures.create(lab, adopted, solution);
		audit.record("solution.adopted", "solution:" + solution, "measure:" + measure);
		return measure;
	}

	@Transactional(readOnly = true)
	public ItemsPage<SolutionRow> search(@Nullable String query, int page, int size) {
		MapSqlParameterSource filters = new MapSqlParameterSource("words", TextSearch.prefixQuery(query))
			.addValue("pattern", LikePattern.contains(query));
		ItemsPage<Row> rows = SEARCH.run(jdbc, filters, (rs, n) -> row(rs), page, size);
		Map<UUID, String> alliances = allianceNames(rows.items().stream().map(Row::alliance));
		return new ItemsPage<>(rows.items().stream()
			.map(row -> new SolutionRow(row.id(), row.title(), row.problem(), origin(row.lab(), row.labName(), row.alliance(), alliances),
					row.publishedAt(), row.adoptions()))
			.toList(), rows.total(), rows.page(), rows.size());
	}

	@Transactional(readOnly = true)
	public Optional<Solution> find(UUID id) {
		return jdbc.sql(SELECT + " from solution s join measure m on m.id = s.measure join lab l on l.id = m.lab where s.id = ?")
			.param(id)
			.query((rs, n) -> row(rs))
			.optional()
			.map(this::solution);
	}

	@Transactional(readOnly = true)
	public Solution load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of("solution", id));
	}

	private Solution solution(Row row) {
		record AdoptionRow(UUID measure, String title, UUID lab, String labName, @Nullable UUID alliance, Instant createdAt) {
		}
		List<AdoptionRow> adoptions = jdbc.sql("""
				select m.id as measure, m.title, l.id as lab, l.name as lab_name, l.alliance, m.created_at
				from measure m join lab l on l.id = m.lab where m.origin_solution = ? order by m.created_at, m.id""")
			.param(row.id())
			.query(AdoptionRow.class)
			.list();
		Map<UUID, String> alliances = allianceNames(Stream.concat(Stream.of(row.alliance()), adoptions.stream().map(AdoptionRow::alliance)));
		return new Solution(row.id(), row.measure(), row.title(),
				new SolutionData(row.problem(), row.approach(), row.requirements(), row.results(), row.contact()),
				origin(row.lab(), row.labName(), row.alliance(), alliances), row.publishedBy(), row.publishedAt(),
				adoptions.stream()
					.map(a -> new Adoption(a.measure(), a.title(), origin(a.lab(), a.labName(), a.alliance(), alliances), a.createdAt()))
					.toList());
	}

	private Map<UUID, String> allianceNames(Stream<@Nullable UUID> ids) {
		return network.allianceNames(ids.filter(Objects::nonNull).distinct().toList());
	}

	private static Origin origin(UUID lab, String labName, @Nullable UUID alliance, Map<UUID, String> alliances) {
		return new Origin(lab, labName, alliance, alliance == null ? null : alliances.get(alliance));
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("measure", UUID.class), rs.getString("title"),
				rs.getString("problem"), rs.getString("approach"), rs.getString("requirements"), rs.getString("results"),
				rs.getString("contact"), rs.getString("published_by"), rs.getTimestamp("published_at").toInstant(),
				rs.getObject("lab", UUID.class), rs.getString("lab_name"), rs.getObject("alliance", UUID.class),
				rs.getInt("adoptions"));
	}

	private static SolutionData checked(SolutionData data) {
		String problem = required(data.problem(), 5000, "problem");
		String approach = required(data.approach(), 5000, "approach");
		String contact = required(data.contact(), 500, "contact");
		String requirements = optional(data.requirements(), 5000, "requirements");
		String results = optional(data.results(), 5000, "results");
		return new SolutionData(problem, approach, requirements, results, contact);
	}

	private static String required(@Nullable String text, int max, String field) {
		String clean = Texts.blankToNull(text);
		if (clean == null) {
			throw new InvalidInputException(field, "NotBlank", field + " missing");
		}
		return optional(clean, max, field);
	}

	private static @Nullable String optional(@Nullable String text, int max, String field) {
		String clean = Texts.blankToNull(text);
		if (clean != null && clean.length() > max) {
			throw new InvalidInputException(field, "measure.text.tooLong", field + " too long");
		}
		return clean;
	}

}
