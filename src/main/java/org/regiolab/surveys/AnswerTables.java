package org.regiolab.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.regiolab.surveys.AnswerTable.Response;
import org.regiolab.surveys.AnswerTable.Row;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The answer tables of the surveys whose results were asked for lately, each brought up to date with
 * the database before it is counted: a fingerprint of the survey's responses (their number and the
 * exclusive or of their ids' hashes, read from an index alone) tells whether any came or went since,
 * on this node or another; new ones are read with their rows and appended, and a response gone (its
 * survey's deletion is the only way today) rebuilds the table. Tables are dropped, least recently
 * counted first, beyond {@value #ROWS_KEPT} rows in all (about 13 bytes each).
 */
@Component
class AnswerTables {

	static final int ROWS_KEPT = 4_000_000;

	private record Fingerprint(long responses, long hashes) {
	}

	/** One survey's table and what it was read from; changed only under its own lock. */
	private static final class Entry {

		volatile AnswerTable table = AnswerTable.empty();
		Fingerprint read = new Fingerprint(0, 0);
		final Set<UUID> known = new HashSet<>();
	}

	private final JdbcClient jdbc;
	private final Map<UUID, Entry> entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true));

	AnswerTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The survey's submitted answers as they are now. */
	AnswerTable of(UUID survey) {
		Fingerprint now = jdbc.sql("""
				select count(*), coalesce(bit_xor(hashtextextended(cast(id as text), 0)), 0)
				from survey_response where survey = ?""")
			.param(survey)
			.query((rs, row) -> new Fingerprint(rs.getLong(1), rs.getLong(2)))
			.single();
		Entry entry = entries.computeIfAbsent(survey, id -> new Entry());
		AnswerTable table;
		synchronized (entry) {
			if (!entry.read.equals(now)) {
				update(survey, entry);
				entry.read = now;
			}
			table = entry.table;
		}
		dropBeyond(ROWS_KEPT);
		return table;
	}

	private void update(UUID survey, Entry entry) {
		Map<UUID, Response> current = new LinkedHashMap<>();
		jdbc.sql("select id, kind, sector, region, submitted_on from survey_response where survey = ?")
			.param(survey)
			.query(rs -> {
				current.put(rs.getObject("id", UUID.class), new Response(rs.getString("kind"), rs.getString("sector"),
						rs.getString("region"), rs.getObject("submitted_on", LocalDate.class)));
			});
		if (!current.keySet().containsAll(entry.known)) {
			entry.table = AnswerTable.empty();
			entry.known.clear();
		}
		List<UUID> added = current.keySet().stream().filter(id -> !entry.known.contains(id)).toList();
		if (added.isEmpty()) {
			return;
		}
		Map<UUID, Integer> positions = new HashMap<>();
		added.forEach(id -> positions.put(id, positions.size()));
		List<Row> rows = new ArrayList<>();
		// a whole survey by its index on the survey; a few new responses by theirs
		String which = entry.known.isEmpty() ? "survey = :survey" : "response = any(:responses)";
		jdbc.sql("select response, question, item, choice, number, first from survey_answer where " + which)
			.param("survey", survey)
			.param("responses", added.toArray(UUID[]::new))
			.query(rs -> {
				Integer position = positions.get(rs.getObject("response", UUID.class));
				// rows of a response submitted after the list above was read come with it next time
				if (position != null) {
					rows.add(new Row(position, rs.getString("question"), rs.getInt("item"), rs.getObject("choice", Integer.class),
							rs.getObject("number", BigDecimal.class), rs.getBoolean("first")));
				}
			});
		entry.table = entry.table.append(added.stream().map(current::get).toList(), rows);
		entry.known.addAll(added);
	}

	private void dropBeyond(int rows) {
		synchronized (entries) {
			long total = entries.values().stream().mapToLong(entry -> entry.table.rows()).sum();
			var eldest = entries.entrySet().iterator();
			// the most recently counted table stays, however large
			while (total > rows && entries.size() > 1 && eldest.hasNext()) {
				total -= eldest.next().getValue().table.rows();
				eldest.remove();
			}
		}
	}
}
