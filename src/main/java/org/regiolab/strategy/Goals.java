package org.regiolab.strategy;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.regiolab.accounts.AuditLog;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The goals of a plan, as a tree: strategic goals and their sub-goals. */
@Service
@Transactional
class Goals {

	private static final String COLUMNS = "select id, plan, parent, title, description, weight, position from strategy_goal";

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Plans plans;

	Goals(JdbcClient jdbc, AuditLog audit, Plans plans) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.plans = plans;
	}

	UUID create(UUID plan, GoalData data) {
		plans.load(plan);
		check(plan, data);
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into strategy_goal (id, plan, parent, title, description, weight, position) values (?, ?, ?, ?, ?, ?, ?)")
			.params(id, plan, data.parent(), data.title(), data.description(), data.weight(),
					data.position() != null ? data.position() : nextPosition(plan, data))
			.update();
		audit.record("strategy.goal.created", Plans.subject(plan), data.title());
		return id;
	}

	/** Changes a goal, and moves it under another parent unless that is the goal itself or one of its sub-goals. */
	void update(UUID id, GoalData data) {
		Goal goal = load(id);
		check(goal.planId(), data);
		if (data.parent() != null && isWithin(data.parent(), id)) {
			throw new InvalidInputException("parentId", "strategy.goal.cycle", "A goal cannot serve itself or its own sub-goal");
		}
		int position = data.position() != null ? data.position()
				: Objects.equals(goal.parentId(), data.parent()) ? goal.position() : nextPosition(goal.planId(), data);
		jdbc.sql("update strategy_goal set parent = ?, title = ?, description = ?, weight = ?, position = ? where id = ?")
			.params(data.parent(), data.title(), data.description(), data.weight(), position, id)
			.update();
		audit.record("strategy.goal.changed", Plans.subject(goal.planId()), data.title());
	}

	/** Removes the goal with its sub-goals, their indicators and values. */
	void delete(UUID id) {
		Goal goal = load(id);
		jdbc.sql("delete from strategy_goal where id = ?").param(id).update();
		audit.record("strategy.goal.deleted", Plans.subject(goal.planId()), goal.title());
	}

	@Transactional(readOnly = true)
	Goal load(UUID id) {
		return jdbc.sql(COLUMNS + " where id = ?").param(id).query(ROW).optional()
			.orElseThrow(() -> NotFoundException.of("goal", id));
	}

	/** Every goal of the plan, in one query, siblings in their order. */
	@Transactional(readOnly = true)
	List<Goal> of(UUID plan) {
		return jdbc.sql(COLUMNS + " where plan = ? order by position, lower(title), id").param(plan).query(ROW).list();
	}

	// whether goal lies in the subtree below (or at) root
	private boolean isWithin(UUID goal, UUID root) {
		return jdbc.sql("""
				with recursive below(id) as (
				  select id from strategy_goal where id = ?
				  union all
				  select g.id from strategy_goal g join below b on g.parent = b.id)
				select exists (select 1 from below where id = ?)""")
			.params(root, goal)
			.query(Boolean.class)
			.single();
	}

	private int nextPosition(UUID plan, GoalData data) {
		return jdbc.sql("select coalesce(max(position) + 1, 0) from strategy_goal where plan = ? and parent is not distinct from ?")
			.params(plan, data.parent())
			.query(Integer.class)
			.single();
	}

	private void check(UUID plan, GoalData data) {
		if (data.title().isBlank()) {
			throw new InvalidInputException("title", "strategy.goal.title.blank", "A goal has a title");
		}
		Bounds.checkWeight(data.weight());
		if (data.parent() != null && jdbc.sql("select count(*) from strategy_goal where id = ? and plan = ?")
			.params(data.parent(), plan).query(Long.class).single() == 0) {
			throw new InvalidInputException("parentId", "strategy.goal.parent.unknown", "No such goal in this plan");
		}
	}

	private static final RowMapper<Goal> ROW = (rs, row) -> new Goal(rs.getObject("id", UUID.class),
			rs.getObject("plan", UUID.class), rs.getObject("parent", UUID.class), rs.getString("title"),
			rs.getString("description"), Bounds.plain(rs.getBigDecimal("weight")), rs.getInt("position"));
}
