package org.regiolab.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.regiolab.accounts.AuditLog;
import org.regiolab.labs.FundingProgrammes;
import org.regiolab.labs.LabRegistry;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The themed worlds of labs: created, changed and read. */
@Service
@Transactional
public class ThemedWorlds {

	private final JdbcClient jdbc;
	private final LabRegistry labs;
	private final FundingProgrammes funding;
	private final AuditLog audit;

	ThemedWorlds(JdbcClient jdbc, LabRegistry labs, FundingProgrammes funding, AuditLog audit) {
		this.jdbc = jdbc;
		this.labs = labs;
		this.funding = funding;
		this.audit = audit;
	}

	/** @throws NotFoundException if there is no such lab */
	public UUID create(UUID lab, ThemedWorldData data) {
		labs.load(lab);
		check(data);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into themed_world (id, lab, title, description, starts_on, ends_on, report_notice, funding_programmes)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, lab, data.title().strip(), Texts.blankToNull(data.description()), data.startsOn(), data.endsOn(),
					Texts.blankToNull(data.reportNotice()), data.fundingProgrammes().toArray(UUID[]::new))
			.update();
		audit.record("themedWorld.created", subject(id), data.title());
		return id;
	}

	public void update(UUID id, ThemedWorldData data) {
		load(id);
		check(data);
		jdbc.sql("""
				update themed_world set title = ?, description = ?, starts_on = ?, ends_on = ?, report_notice = ?,
				       funding_programmes = ?
				where id = ?""")
			.params(data.title().strip(), Texts.blankToNull(data.description()), data.startsOn(), data.endsOn(),
					Texts.blankToNull(data.reportNotice()), data.fundingProgrammes().toArray(UUID[]::new), id)
			.update();
		audit.record("themedWorld.changed", subject(id), data.title());
	}

	@Transactional(readOnly = true)
	public ThemedWorld load(UUID id) {
		UUID lab = jdbc.sql("select lab from themed_world where id = ?")
			.param(id)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of("themed world", id));
		String labName = labs.load(lab).data().name();
		return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, row) -> row(rs, labName)).single();
	}

	/** The lab's themed worlds, the newest first. */
	@Transactional(readOnly = true)
	public List<ThemedWorld> ofLab(UUID lab) {
		String labName = labs.load(lab).data().name();
		return jdbc.sql(SELECT + " where lab = ? order by starts_on desc, title")
			.param(lab)
			.query((rs, row) -> row(rs, labName))
			.list();
	}

	private void check(ThemedWorldData data) {
		if (data.endsOn().isBefore(data.startsOn())) {
			throw new InvalidInputException("endsOn", "themedWorld.endsOn.beforeStart", "A themed world ends after it starts");
		}
		for (int i = 0; i < data.fundingProgrammes().size(); i++) {
			if (funding.find(data.fundingProgrammes().get(i)).isEmpty()) {
				throw new InvalidInputException("fundingProgrammeIds[" + i + "]", "themedWorld.funding.unknown",
						"No funding programme " + data.fundingProgrammes().get(i));
			}
		}
	}

	private static final String SELECT = """
			select id, lab, title, description, starts_on, ends_on, report_notice, funding_programmes from themed_world""";

	private static ThemedWorld row(ResultSet rs, String labName) throws SQLException {
		return new ThemedWorld(rs.getObject("id", UUID.class), rs.getObject("lab", UUID.class), labName,
				new ThemedWorldData(rs.getString("title"), rs.getString("description"),
						rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
						rs.getString("report_notice"), Arrays.asList((UUID[]) rs.getArray("funding_programmes").getArray())));
	}

	static String subject(UUID id) {
		return "themedWorld:" + id;
	}
}
