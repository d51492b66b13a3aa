package org.regiolab.surveys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.regiolab.accounts.AuditLog;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Codes given to passages of interview notes, and what the codes add up to across a guide's interviews. */
@Service
@Transactional
public class Codings {

	/** A coded passage with where it comes from, for the matrix and the exports. */
	public record Quote(UUID coding, UUID interview, String interviewLabel, boolean invented, UUID question, String questionText,
			Code code, String quote) {
	}

	/**
	 * Codes × interviews of a guide.
	 * @param counts how many passages of each interview carry each code (the code itself, not the codes below it)
	 */
	public record Matrix(List<Code> codes, List<Interviews.InterviewRow> interviews, Map<UUID, Map<UUID, Integer>> counts) {

		public int count(UUID code, UUID interview) {
			return counts.getOrDefault(code, Map.of()).getOrDefault(interview, 0);
		}

		public int total(UUID code) {
			return counts.getOrDefault(code, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Interviews interviews;
	private final CodeBooks codes;
	private final InterviewGuides guides;

	Codings(JdbcClient jdbc, AuditLog audit, Interviews interviews, CodeBooks codes, InterviewGuides guides) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.interviews = interviews;
		this.codes = codes;
		this.guides = guides;
	}

	/**
	 * Codes a passage of an answer, or the whole answer when no offsets are given; the same code on the
	 * same passage twice is one coding.
	 */
	public UUID create(UUID interview, CodingData data) {
		Interview coded = interviews.load(interview);
		guides.load(coded.guide()).question(data.question());
		Code code = codes.load(data.code());
		if (!code.guide().equals(coded.guide())) {
			throw new InvalidInputException("codeId", "interview.coding.code.other-guide", "The code belongs to another guide");
		}
		String text = coded.answer(data.question());
		if (text == null) {
			throw new InvalidInputException("questionId", "interview.coding.no-answer", "The question has no answer to code");
		}
		if ((data.start() == null) != (data.end() == null)) {
			throw new InvalidInputException(data.start() == null ? "start" : "end", "interview.coding.offsets.both",
					"A passage has a start and an end");
		}
		int start = data.start() == null ? 0 : data.start();
		int end = data.end() == null ? text.length() : data.end();
		if (start < 0 || start >= text.length()) {
			throw new InvalidInputException("start", "interview.coding.offsets", "The passage lies outside the answer");
		}
		if (end <= start || end > text.length()) {
			throw new InvalidInputException("end", "interview.coding.offsets", "The passage lies outside the answer");
		}
		Optional<UUID> existing = jdbc.sql("""
				select id from interview_coding
				where interview = ? and question = ? and code = ? and start_offset = ? and end_offset = ?""")
			.params(interview, data.question(), data.code(), start, end)
			.query(UUID.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into interview_coding (id, interview, question, code, start_offset, end_offset, quote)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, interview, data.question(), data.code(), start, end, text.substring(start, end))
			.update();
		audit.record("interview.coded", Interviews.subject(interview), code.name());
		return id;
	}

	@Transactional(readOnly = true)
	public Coding load(UUID id) {
		return jdbc.sql("""
				select id, interview, question, code, start_offset as start, end_offset as "end", quote
				from interview_coding where id = ?""")
			.param(id)
			.query(Coding.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of("coding", id));
	}

	public void delete(UUID id) {
		Coding coding = load(id);
		jdbc.sql("delete from interview_coding where id = ?").param(id).update();
		audit.record("interview.uncoded", Interviews.subject(coding.interview()), null);
	}

	@Transactional(readOnly = true)
	public Matrix matrix(UUID guide) {
		guides.load(guide);
		Map<UUID, Map<UUID, Integer>> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select c.code, c.interview, count(*) as n
				from interview_coding c join interview i on i.id = c.interview
				where i.guide = ? group by c.code, c.interview""")
			.param(guide)
			.query((rs, row) -> {
				counts.computeIfAbsent(rs.getObject("code", UUID.class), key -> new LinkedHashMap<>())
					.put(rs.getObject("interview", UUID.class), rs.getInt("n"));
				return row;
			})
			.list();
		return new Matrix(codes.of(guide), interviews.list(guide), counts);
	}

	/** The coded passages of a guide, of one code or (when {@code code} is {@code null}) of every code, by interview. */
	@Transactional(readOnly = true)
	public List<Quote> quotes(UUID guide, @org.jspecify.annotations.Nullable UUID code) {
		Map<UUID, Code> book = new LinkedHashMap<>();
		codes.of(guide).forEach(entry -> book.put(entry.id(), entry));
		return jdbc.sql("""
				select c.id, c.interview, i.label, i.invented, c.question, q.text_de, c.code, c.quote
				from interview_coding c
				join interview i on i.id = c.interview
				join interview_question q on q.id = c.question
				where i.guide = :guide and (cast(:code as uuid) is null or c.code = :code)
				order by i.interviewed_on, lower(i.label), i.id, q.position, c.start_offset, c.id""")
			.param("guide", guide)
			.param("code", code)
			.query((rs, row) -> new Quote(rs.getObject("id", UUID.class), rs.getObject("interview", UUID.class),
					rs.getString("label"), rs.getBoolean("invented"), rs.getObject("question", UUID.class),
					rs.getString("text_de"), book.get(rs.getObject("code", UUID.class)), rs.getString("quote")))
			.list();
	}
}
