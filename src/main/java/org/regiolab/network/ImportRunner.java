package org.regiolab.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.regiolab.accounts.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out imports in the background: checks every row, reporting progress as it goes, then
 * creates the rows in one transaction together with the job's final state, so that an import is
 * either wholly done or not at all. Jobs interrupted by a restart are taken up again.
 */
@Component
class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final TransactionTemplate transaction;
	private final TaskExecutor executor;
	private final JsonMapper json;
	private final AuditLog audit;

	ImportRunner(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, JsonMapper json, AuditLog audit) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transaction = transaction;
		this.executor = executor;
		this.json = json;
		this.audit = audit;
	}

	void start(UUID job) {
		executor.execute(() -> run(job));
	}

	@EventListener(ApplicationReadyEvent.class)
	void resumeInterrupted() {
		jdbc.sql("update import_job set status = 'QUEUED', processed = 0 where status = 'RUNNING'").update();
		jdbc.sql("select id from import_job where status = 'QUEUED' order by created_at").query(UUID.class).list()
			.forEach(this::start);
	}

	void run(UUID job) {
		if (jdbc.sql("update import_job set status = 'RUNNING' where id = ? and status = 'QUEUED'").param(job).update() == 0) {
			return; // another thread has it
		}
		var stored = jdbc.sql("""
				select kind, content, skip_errors, created_by, coalesce(mapping, '{}')::text as mapping
				from import_job where id = ?""").param(job)
			.query((rs, row) -> new Stored(ImportKind.valueOf(rs.getString("kind")), rs.getBytes("content"),
					rs.getBoolean("skip_errors"), rs.getString("created_by"),
					json.readValue(rs.getString("mapping"), new TypeReference<Map<String, String>>() {
					})))
			.single();
		try {
			ImportTable table = ImportFile.read(stored.content());
			jdbc.sql("update import_job set total = ? where id = ?").params(table.rows().size(), job).update();
			ImportCheck check = new ImportCheck(jdbc);
			ImportCheck.Result<?> result = stored.kind() == ImportKind.ORGANIZATIONS
					? check.organisations(table, stored.mapping(), done -> progress(job, done))
					: check.people(table, stored.mapping(), done -> progress(job, done));
			progress(job, table.rows().size());
			boolean fails = !result.problems().isEmpty() && !stored.skipErrors();
			transaction.executeWithoutResult(status -> finish(job, stored, result, fails));
		}
		catch (ImportFileException ex) {
			fail(job, List.of(new ImportProblem(ex.row(), null, ex.code())));
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", job, ex);
			fail(job, List.of(new ImportProblem(1, null, "network.import.failed")));
		}
	}

	private void finish(UUID job, Stored stored, ImportCheck.Result<?> result, boolean fails) {
		List<String> created = fails ? List.of() : create(stored, result.good());
		if (!created.isEmpty()) {
			audit.recordAll(stored.user(), stored.kind() == ImportKind.ORGANIZATIONS ? "organisation.imported"
					: "person.imported", created);
		}
		jdbc.sql("""
				update import_job set status = ?, created = ?, errors = cast(? as jsonb), duplicates = cast(? as jsonb),
				       finished_at = now()
				where id = ?""")
			.params(fails ? "FAILED" : "DONE", created.size(), json.writeValueAsString(result.problems()),
					json.writeValueAsString(result.duplicates()), job)
			.update();
	}

	private List<String> create(Stored stored, List<?> good) {
		List<Object[]> rows = new ArrayList<>();
		List<String> subjects = new ArrayList<>();
		for (Object each : good) {
			UUID id = UUID.randomUUID();
			if (each instanceof OrganisationData o) {
				rows.add(new Object[] { id, o.name(), o.kind().name(), o.sectorCode(), o.regionKey(), o.street(),
						o.postalCode(), o.city(), o.website(), o.description() });
				subjects.add("organisation:" + id);
			}
			else if (each instanceof PersonData p) {
				rows.add(new Object[] { id, p.givenName(), p.familyName(), p.email(), p.phone(), p.organisation(),
						p.function() });
				subjects.add("person:" + id);
			}
		}
		batch.batchUpdate(stored.kind() == ImportKind.ORGANIZATIONS ? """
				insert into organisation (id, name, kind, sector_code, region_key, street, postal_code, city, website,
				                          description) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""" : """
				insert into person (id, given_name, family_name, email, phone, organisation, function)
				values (?, ?, ?, ?, ?, ?, ?)""", rows);
		return subjects;
	}

	private void progress(UUID job, int done) {
		jdbc.sql("update import_job set processed = ? where id = ?").params(done, job).update();
	}

	private void fail(UUID job, List<ImportProblem> problems) {
		jdbc.sql("update import_job set status = 'FAILED', errors = cast(? as jsonb), finished_at = now() where id = ?")
			.params(json.writeValueAsString(problems), job)
			.update();
	}

	private record Stored(ImportKind kind, byte[] content, boolean skipErrors, String user, Map<String, String> mapping) {
	}
}
