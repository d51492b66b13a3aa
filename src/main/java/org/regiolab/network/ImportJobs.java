package org.regiolab.network;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.regiolab.accounts.AuditLog;
import org.regiolab.platform.AfterCommit;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes uploaded lists of organisations or people and reports on their import. A job is stored
 * with its file before it is acknowledged, then carried out in the background by {@link ImportRunner}.
 */
@Service
public class ImportJobs {

	static final long MAX_FILE_SIZE = 20L * 1024 * 1024;

	private final JdbcClient jdbc;
	private final ImportRunner runner;
	private final MessageSource messages;
	private final JsonMapper json;
	private final AuditLog audit;

	ImportJobs(JdbcClient jdbc, ImportRunner runner, MessageSource messages, JsonMapper json, AuditLog audit) {
		this.jdbc = jdbc;
		this.runner = runner;
		this.messages = messages;
		this.json = json;
		this.audit = audit;
	}

	/**
	 * Stores the job and starts it once the transaction has committed.
	 * @param skipErrors create the good rows even if others have problems; otherwise any problem
	 * fails the whole import and nothing is created
	 */
	@Transactional
	public UUID submit(ImportKind kind, String fileName, byte[] content, boolean skipErrors, String user) {
		UUID id = store(kind, fileName, content, skipErrors, user, "QUEUED");
		AfterCommit.run(() -> runner.start(id));
		return id;
	}

	/** Stores the file as a draft that {@link #start} carries out once the user has checked the preview. */
	@Transactional
	public UUID draft(ImportKind kind, String fileName, byte[] content, String user) {
		return store(kind, fileName, content, false, user, "DRAFT");
	}

	/**
	 * The columns of a draft with the fields they are mapped to, and its first rows. A file that
	 * cannot be read has no preview; starting it reports why.
	 */
	@Transactional(readOnly = true)
	public Optional<ImportPreview> preview(UUID id) {
		return jdbc.sql("select kind, file_name, content from import_job where id = ? and status = 'DRAFT'").param(id)
			.query((rs, row) -> ImportPreview.of(ImportKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
					rs.getBytes("content")))
			.optional();
	}

	/** Starts a draft with the user's mapping of columns to fields (an empty field ignores the column). */
	@Transactional
	public void start(UUID id, Map<String, String> mapping, boolean skipErrors) {
		int started = jdbc.sql("""
				update import_job set status = 'QUEUED', mapping = cast(? as jsonb), skip_errors = ?
				where id = ? and status = 'DRAFT'""")
			.params(json.writeValueAsString(mapping), skipErrors, id)
			.update();
		if (started == 0) {
			throw NotFoundException.of("draft import", id);
		}
		AfterCommit.run(() -> runner.start(id));
	}

	private UUID store(ImportKind kind, String fileName, byte[] content, boolean skipErrors, String user, String status) {
		if (content.length == 0 || content.length > MAX_FILE_SIZE || !ImportFile.looksLikeATable(content)) {
			throw new InvalidInputException("file", "network.import.file.type", "Not a CSV or XLSX file");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into import_job (id, kind, status, file_name, content, skip_errors, created_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, kind.name(), status, fileName, content, skipErrors, user)
			.update();
		audit.record("import.submitted", "import:" + id, kind + " " + fileName);
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<ImportJobView> find(UUID id, Locale locale) {
		return jdbc.sql("""
				select id, kind, status, file_name, processed, total, created, errors::text as errors,
				       duplicates::text as duplicates, created_at, finished_at
				from import_job where id = ?""")
			.param(id)
			.query((rs, row) -> new ImportJobView(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("status"), rs.getString("file_name"), rs.getInt("processed"), rs.getInt("total"),
					rs.getInt("created"), errors(rs.getString("errors"), locale), duplicates(rs.getString("duplicates")),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant()))
			.optional();
	}

	private List<ImportJobView.Error> errors(String stored, Locale locale) {
		List<ImportProblem> problems = json.readValue(stored, new TypeReference<List<ImportProblem>>() {
		});
		return problems.stream()
			.map(problem -> new ImportJobView.Error(problem.row(), problem.column(),
					messages.getMessage(problem.code(), null, problem.code(), locale)))
			.toList();
	}

	private List<ImportJobView.Duplicate> duplicates(String stored) {
		List<ImportDuplicate> duplicates = json.readValue(stored, new TypeReference<List<ImportDuplicate>>() {
		});
		return duplicates.stream()
			.map(duplicate -> new ImportJobView.Duplicate(duplicate.row(), duplicate.name(), duplicate.existing(),
					duplicate.earlierRow(), duplicate.merged()))
			.toList();
	}
}
