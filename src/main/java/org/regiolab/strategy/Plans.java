package org.regiolab.strategy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.PageQuery;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plans of the alliances. */
@Service
@Transactional
class Plans {

	private static final String COLUMNS = "select id, alliance, kind, title, from_year, to_year, vision";
	private static final PageQuery LIST = new PageQuery(COLUMNS,
			"from strategy_plan where (cast(:alliance as uuid) is null or alliance = :alliance)",
			"order by from_year desc, title, id");

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final NetworkDirectory network;

	Plans(JdbcClient jdbc, AuditLog audit, NetworkDirectory network) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.network = network;
	}

	UUID create(PlanData data) {
		check(data);
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into strategy_plan (id, alliance, kind, title, from_year, to_year, vision) values (?, ?, ?, ?, ?, ?, ?)")
			.params(id, data.alliance(), data.kind().name(), data.title(), data.fromYear(), data.toYear(), data.vision())
			.update();
		audit.record("strategy.plan.created", subject(id), data.title());
		return id;
	}

	void update(UUID id, PlanData data) {
		load(id);
		check(data);
		jdbc.sql("""
				update strategy_plan set alliance = ?, kind = ?, title = ?, from_year = ?, to_year = ?, vision = ?,
				       updated_at = now() where id = ?""")
			.params(data.alliance(), data.kind().name(), data.title(), data.fromYear(), data.toYear(), data.vision(), id)
			.update();
		audit.record("strategy.plan.changed", subject(id), data.title());
	}

	/** Removes the plan with its goals, indicators and values. */
	void delete(UUID id) {
		Plan plan = load(id);
		jdbc.sql("delete from strategy_plan where id = ?").param(id).update();
		audit.record("strategy.plan.deleted", subject(id), plan.title());
	}

	@Transactional(readOnly = true)
	Plan load(UUID id) {
		Plan plan = jdbc.sql(COLUMNS + " from strategy_plan where id = ?").param(id).query(ROW).optional()
			.orElseThrow(() -> NotFoundException.of("plan", id));
		return named(List.of(plan)).get(0);
	}

	/** The plans, of one alliance or of all, the latest period first. */
	@Transactional(readOnly = true)
	ItemsPage<Plan> list(@Nullable UUID alliance, int page, int size) {
		ItemsPage<Plan> plans = LIST.run(jdbc, new MapSqlParameterSource("alliance", alliance), ROW, page, size);
		return new ItemsPage<>(named(plans.items()), plans.total(), plans.page(), plans.size());
	}

	private List<Plan> named(List<Plan> plans) {
		Map<UUID, String> names = network.allianceNames(plans.stream().map(Plan::allianceId).distinct().toList());
		return plans.stream()
			.map(p -> new Plan(p.id(), p.allianceId(), names.get(p.allianceId()), p.kind(), p.title(), p.fromYear(), p.toYear(),
					p.vision()))
			.toList();
	}

	private void check(PlanData data) {
		if (data.title().isBlank()) {
			throw new InvalidInputException("title", "strategy.plan.title.blank", "A plan has a title");
		}
		if (data.toYear() < data.fromYear()) {
			throw new InvalidInputException("toYear", "strategy.plan.period.reversed", "The period ends before it begins");
		}
		if (network.allianceNames(List.of(data.alliance())).isEmpty()) {
			throw new InvalidInputException("allianceId", "strategy.plan.alliance.unknown", "No such alliance");
		}
	}

	private static final RowMapper<Plan> ROW = (rs, row) -> new Plan(rs.getObject("id", UUID.class),
			rs.getObject("alliance", UUID.class), null, PlanKind.valueOf(rs.getString("kind")), rs.getString("title"),
			rs.getInt("from_year"), rs.getInt("to_year"), rs.getString("vision"));

	static String subject(UUID id) {
		return "plan:" + id;
	}
}
