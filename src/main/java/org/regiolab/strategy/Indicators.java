package org.regiolab.strategy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

import org.regiolab.accounts.AuditLog;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicators of goals and the values entered for them. */
@Service
@Transactional
class Indicators {

	static final String COLUMNS = """
			select i.id, i.goal, g.plan, i.name, i.unit, i.direction, i.source, i.baseline_value, i.baseline_on,
			       i.target_value, i.target_on
			from strategy_indicator i join strategy_goal g on g.id = i.goal""";
	static final String ORDER = " order by lower(i.name), i.id";
	private static final String VALUE_COLUMNS = "select id, indicator, value, measured_on, source from strategy_indicator_value";

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Goals goals;

	Indicators(JdbcClient jdbc, AuditLog audit, Goals goals) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.goals = goals;
	}

	UUID create(UUID goal, IndicatorData data) {
		Goal owner = goals.load(goal);
		check(data);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into strategy_indicator (id, goal, name, unit, direction, source, baseline_value, baseline_on,
				                                target_value, target_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, goal, data.name(), data.unit(), data.direction().name(), IndicatorSource.ENTERED.name(),
					data.baselineValue(), data.baselineOn(), data.targetValue(), data.targetOn())
			.update();
		audit.record("strategy.indicator.created", Plans.subject(owner.planId()), data.name());
		return id;
	}

	void update(UUID id, IndicatorData data) {
		Indicator indicator = load(id);
		check(data);
		jdbc.sql("""
				update strategy_indicator set name = ?, unit = ?, direction = ?, baseline_value = ?, baseline_on = ?,
				       target_value = ?, target_on = ? where id = ?""")
			.params(data.name(), data.unit(), data.direction().name(), data.baselineValue(), data.baselineOn(),
					data.targetValue(), data.targetOn(), id)
			.update();
		audit.record("strategy.indicator.changed", Plans.subject(indicator.planId()), data.name());
	}

	/** Removes the indicator with its values. */
	void delete(UUID id) {
		Indicator indicator = load(id);
		jdbc.sql("delete from strategy_indicator where id = ?").param(id).update();
		audit.record("strategy.indicator.deleted", Plans.subject(indicator.planId()), indicator.name());
	}

	@Transactional(readOnly = true)
	Indicator load(UUID id) {
		return jdbc.sql(COLUMNS + " where i.id = ?").param(id).query(ROW).optional()
			.orElseThrow(() -> NotFoundException.of("indicator", id));
	}

	/** Every indicator of the plan's goals, in one query. */
	@Transactional(readOnly = true)
	List<Indicator> ofPlan(UUID plan) {
		return jdbc.sql(COLUMNS + " where g.plan = ?" + ORDER).param(plan).query(ROW).list();
	}

	UUID addValue(UUID indicator, ValueData data) {
		Indicator owner = load(indicator);
		checkValue(data);
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into strategy_indicator_value (id, indicator, value, measured_on, source) values (?, ?, ?, ?, ?)")
			.params(id, indicator, data.value(), data.measuredOn(), data.source())
			.update();
		audit.record("strategy.value.added", Plans.subject(owner.planId()), owner.name() + ": " + data.measuredOn());
		return id;
	}

	void changeValue(UUID id, ValueData data) {
		IndicatorValue value = value(id);
		checkValue(data);
		jdbc.sql("update strategy_indicator_value set value = ?, measured_on = ?, source = ? where id = ?")
			.params(data.value(), data.measuredOn(), data.source(), id)
			.update();
		Indicator owner = load(value.indicatorId());
		audit.record("strategy.value.changed", Plans.subject(owner.planId()), owner.name() + ": " + data.measuredOn());
	}

	void deleteValue(UUID id) {
		IndicatorValue value = value(id);
		Indicator owner = load(value.indicatorId());
		jdbc.sql("delete from strategy_indicator_value where id = ?").param(id).update();
		audit.record("strategy.value.deleted", Plans.subject(owner.planId()), owner.name() + ": " + value.measuredOn());
	}

	@Transactional(readOnly = true)
	IndicatorValue value(UUID id) {
		return jdbc.sql(VALUE_COLUMNS + " where id = ?").param(id).query(Indicators::value).optional()
			.orElseThrow(() -> NotFoundException.of("indicator value", id));
	}

	/** The indicator's values, the earliest first. */
	@Transactional(readOnly = true)
	List<IndicatorValue> values(UUID indicator) {
		return jdbc.sql(VALUE_COLUMNS + " where indicator = ? order by measured_on, created_at, id").param(indicator)
			.query(Indicators::value)
			.list();
	}

	/** The latest value of each indicator of the plan that has one, in one query. */
	@Transactional(readOnly = true)
	Map<UUID, IndicatorValue> latestOfPlan(UUID plan) {
		return jdbc.sql("""
				select distinct on (v.indicator) v.id, v.indicator, v.value, v.measured_on, v.source
				from strategy_indicator_value v
				join strategy_indicator i on i.id = v.indicator join strategy_goal g on g.id = i.goal
				where g.plan = ? order by v.indicator, v.measured_on desc, v.created_at desc, v.id""")
			.param(plan)
			.query(Indicators::value)
			.stream()
			.collect(Collectors.toMap(IndicatorValue::indicatorId, value -> value));
	}

	private static void check(IndicatorData data) {
		if (data.name().isBlank()) {
			throw new InvalidInputException("name", "strategy.indicator.name.blank", "An indicator has a name");
		}
		Bounds.checkValue("baselineValue", data.baselineValue());
		Bounds.checkValue("targetValue", data.targetValue());
		Bounds.checkDate("baselineOn", data.baselineOn());
		Bounds.checkDate("targetOn", data.targetOn());
		if (!data.targetOn().isAfter(data.baselineOn())) {
			throw new InvalidInputException("targetOn", "strategy.indicator.target.date", "The target date lies after the baseline date");
		}
		if (data.direction().gain(data.baselineValue().doubleValue(), data.targetValue().doubleValue()) <= 0) {
			throw new InvalidInputException("targetValue", "strategy.indicator.target.direction",
					"The target lies beyond the baseline in the better direction");
		}
	}

	private static void checkValue(ValueData data) {
		Bounds.checkValue("value", data.value());
		Bounds.checkDate("measuredOn", data.measuredOn());
	}

	private static IndicatorValue value(ResultSet rs, int row) throws SQLException {
		return new IndicatorValue(rs.getObject("id", UUID.class), rs.getObject("indicator", UUID.class),
				Bounds.plain(rs.getBigDecimal("value")), rs.getObject("measured_on", LocalDate.class),
				rs.getString("source"));
	}

	static final RowMapper<Indicator> ROW = (rs, row) -> new Indicator(rs.getObject("id", UUID.class),
			rs.getObject("goal", UUID.class), rs.getObject("plan", UUID.class), rs.getString("name"), rs.getString("unit"),
			Direction.valueOf(rs.getString("direction")), IndicatorSource.valueOf(rs.getString("source")),
			Bounds.plain(rs.getBigDecimal("baseline_value")), rs.getObject("baseline_on", LocalDate.class),
			Bounds.plain(rs.getBigDecimal("target_value")), rs.getObject("target_on", LocalDate.class));
}
