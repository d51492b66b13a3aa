package org.regiolab.surveys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.regiolab.accounts.AuditLog;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The code book of each interview guide: codes below codes, without cycles, each name once per guide. */
@Service
@Transactional
public class CodeBooks {

	private record Row(UUID id, UUID guide, CodeData data) {
	}

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final InterviewGuides guides;

	CodeBooks(JdbcClient jdbc, AuditLog audit, InterviewGuides guides) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.guides = guides;
	}

	public UUID create(UUID guide, CodeData data) {
		guides.load(guide);
		check(guide, null, data);
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("insert into interview_code (id, guide, parent, name, colour, description) values (?, ?, ?, ?, ?, ?)")
				.params(id, guide, data.parent(), data.name(), data.colour().name(), data.description())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken();
		}
		audit.record("interviewCode.created", InterviewGuides.subject(guide), data.name());
		return id;
	}

	public void update(UUID id, CodeData data) {
		Code code = load(id);
		check(code.guide(), id, data);
		try {
			jdbc.sql("update interview_code set parent = ?, name = ?, colour = ?, description = ? where id = ?")
				.params(data.parent(), data.name(), data.colour().name(), data.description(), id)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken();
		}
		audit.record("interviewCode.changed", InterviewGuides.subject(code.guide()), data.name());
	}

	/** Removes the code, the codes below it and their codings. */
	public void delete(UUID id) {
		Code code = load(id);
		jdbc.sql("delete from interview_code where id = ?").param(id).update();
		audit.record("interviewCode.deleted", InterviewGuides.subject(code.guide()), code.name());
	}

	@Transactional(readOnly = true)
	public Code load(UUID id) {
		UUID guide = jdbc.sql("select guide from interview_code where id = ?").param(id).query(UUID.class).optional()
			.orElseThrow(() -> NotFoundException.of("code", id));
		return of(guide).stream().filter(code -> code.id().equals(id)).findFirst().orElseThrow();
	}

	/** The code book of a guide as a tree read from top to bottom: each code followed by those below it, by name. */
	@Transactional(readOnly = true)
	public List<Code> of(UUID guide) {
		List<Row> rows = jdbc.sql("select id, guide, parent, name, colour, description from interview_code where guide = ?")
			.param(guide)
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getObject("guide", UUID.class),
					new CodeData(rs.getString("name"), CodeColour.valueOf(rs.getString("colour")),
							rs.getObject("parent", UUID.class), rs.getString("description"))))
			.list();
		Map<UUID, List<Row>> children = new LinkedHashMap<>();
		rows.stream()
			.sorted(Comparator.comparing((Row row) -> row.data().name().toLowerCase(java.util.Locale.GERMAN)))
			.forEach(row -> children.computeIfAbsent(row.data().parent(), key -> new ArrayList<>()).add(row));
		List<Code> tree = new ArrayList<>();
		walk(children, null, 0, "", tree);
		return tree;
	}

	private static void walk(Map<UUID, List<Row>> children, UUID parent, int depth, String path, List<Code> tree) {
		for (Row row : children.getOrDefault(parent, List.of())) {
			String named = path.isEmpty() ? row.data().name() : path + " › " + row.data().name();
			tree.add(new Code(row.id(), row.guide(), row.data(), depth, named));
			walk(children, row.id(), depth + 1, named, tree);
		}
	}

	private void check(UUID guide, UUID self, CodeData data) {
		if (data.name().isBlank()) {
			throw new InvalidInputException("name", "interview.code.name.blank", "A code has a name");
		}
		if (data.parent() == null) {
			return;
		}
		if (data.parent().equals(self)) {
			throw new InvalidInputException("parentId", "interview.code.cycle", "A code cannot be below itself");
		}
		Map<UUID, UUID> parents = new LinkedHashMap<>();
		jdbc.sql("select id, parent from interview_code where guide = ?")
			.param(guide)
			.query((rs, row) -> new UUID[] { rs.getObject("id", UUID.class), rs.getObject("parent", UUID.class) })
			.list()
			.forEach(link -> parents.put(link[0], link[1]));
		if (!parents.containsKey(data.parent())) {
			throw new InvalidInputException("parentId", "interview.code.parent.unknown", "No such code in this code book");
		}
		// walk up from the new parent: meeting the code itself means it would end up below its own descendant
		Set<UUID> seen = new HashSet<>();
		for (UUID above = data.parent(); above != null && seen.add(above); above = parents.get(above)) {
			if (above.equals(self)) {
				throw new InvalidInputException("parentId", "interview.code.cycle", "A code cannot be below its own descendant");
			}
		}
	}

	private static InvalidInputException nameTaken() {
		return new InvalidInputException("name", "interview.code.name.taken", "The code book has a code of this name");
	}
}
