package org.regiolab.surveys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.labs.LabList;
import org.regiolab.labs.LabRegistry;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Interview guides of alliances and labs and their questions, in order. */
@Service
@Transactional
public class InterviewGuides {

	/** A guide in a list. */
	public record GuideRow(UUID id, String title, @Nullable UUID allianceId, @Nullable UUID labId, @Nullable String ownerName,
			int questions, int interviews) {
	}

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final NetworkDirectory network;
	private final LabRegistry labs;
	private final LabList labList;

	InterviewGuides(JdbcClient jdbc, AuditLog audit, NetworkDirectory network, LabRegistry labs, LabList labList) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.network = network;
		this.labs = labs;
		this.labList = labList;
	}

	public UUID create(InterviewGuideData data) {
		check(data);
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into interview_guide (id, alliance, lab, title) values (?, ?, ?, ?)")
			.params(id, data.alliance(), data.lab(), data.title())
			.update();
		audit.record("interviewGuide.created", subject(id), data.title());
		return id;
	}

	public void update(UUID id, InterviewGuideData data) {
		load(id);
		check(data);
		jdbc.sql("update interview_guide set alliance = ?, lab = ?, title = ?, updated_at = now() where id = ?")
			.params(data.alliance(), data.lab(), data.title(), id)
			.update();
		audit.record("interviewGuide.changed", subject(id), data.title());
	}

	/** Removes the guide with its interviews, codes and codings. */
	public void delete(UUID id) {
		InterviewGuide guide = load(id);
		jdbc.sql("delete from interview_guide where id = ?").param(id).update();
		audit.record("interviewGuide.deleted", subject(id), guide.data().title());
	}

	@Transactional(readOnly = true)
	public Optional<InterviewGuide> find(UUID id) {
		return jdbc.sql("""
				select g.id, g.alliance, g.lab, g.title, (select count(*) from interview i where i.guide = g.id) as interviews
				from interview_guide g where g.id = ?""")
			.param(id)
			.query((rs, row) -> {
				UUID alliance = rs.getObject("alliance", UUID.class);
				UUID lab = rs.getObject("lab", UUID.class);
				return new InterviewGuide(id, new InterviewGuideData(rs.getString("title"), alliance, lab),
						ownerName(alliance, lab), questions(id), rs.getInt("interviews"));
			})
			.optional();
	}

	@Transactional(readOnly = true)
	public InterviewGuide load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of("interview guide", id));
	}

	/** Every guide, newest first, with the name of its alliance or lab. */
	@Transactional(readOnly = true)
	public List<GuideRow> list() {
		List<GuideRow> rows = jdbc.sql("""
				select g.id, g.title, g.alliance as alliance_id, g.lab as lab_id, null as owner_name,
				       (select count(*) from interview_question q where q.guide = g.id) as questions,
				       (select count(*) from interview i where i.guide = g.id) as interviews
				from interview_guide g order by g.created_at desc, g.id""")
			.query(GuideRow.class)
			.list();
		Map<UUID, String> owners = new HashMap<>(
				network.allianceNames(rows.stream().map(GuideRow::allianceId).filter(Objects::nonNull).toList()));
		if (rows.stream().anyMatch(row -> row.labId() != null)) {
			labList.all().forEach(entry -> owners.put(entry.id(), entry.name()));
		}
		return rows.stream()
			.map(row -> new GuideRow(row.id(), row.title(), row.allianceId(), row.labId(),
					owners.get(row.allianceId() != null ? row.allianceId() : row.labId()), row.questions(), row.interviews()))
			.toList();
	}

	/** Adds a question at {@code position} (0 first), or at the end when it is {@code null} or beyond the end. */
	public UUID addQuestion(UUID guide, Text text, @Nullable Integer position) {
		List<InterviewQuestion> questions = load(guide).questions();
		checkQuestion(text);
		int at = position == null || position > questions.size() ? questions.size() : Math.max(position, 0);
		jdbc.sql("update interview_question set position = position + 1 where guide = ? and position >= ?")
			.params(guide, at)
			.update();
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into interview_question (id, guide, position, text_de, text_en) values (?, ?, ?, ?, ?)")
			.params(id, guide, at, text.de(), text.en())
			.update();
		audit.record("interviewGuide.questionAdded", subject(guide), null);
		return id;
	}

	public void changeQuestion(UUID guide, UUID question, Text text) {
		load(guide).question(question);
		checkQuestion(text);
		jdbc.sql("update interview_question set text_de = ?, text_en = ? where id = ?")
			.params(text.de(), text.en(), question)
			.update();
		audit.record("interviewGuide.questionChanged", subject(guide), null);
	}

	/** Moves a question up (negative) or down (positive) by one place; at either end nothing moves. */
	public void moveQuestion(UUID guide, UUID question, int by) {
		List<InterviewQuestion> questions = load(guide).questions();
		int from = questions.indexOf(load(guide).question(question));
		int to = from + Integer.signum(by);
		if (to < 0 || to >= questions.size()) {
			return;
		}
		jdbc.sql("update interview_question set position = ? where id = ?").params(to, question).update();
		jdbc.sql("update interview_question set position = ? where id = ?").params(from, questions.get(to).id()).update();
		audit.record("interviewGuide.questionMoved", subject(guide), null);
	}

	/** Removes a question with the notes taken for it in every interview. */
	public void deleteQuestion(UUID guide, UUID question) {
		InterviewQuestion removed = load(guide).question(question);
		jdbc.sql("delete from interview_question where id = ?").param(question).update();
		jdbc.sql("update interview_question set position = position - 1 where guide = ? and position > ?")
			.params(guide, removed.position())
			.update();
		audit.record("interviewGuide.questionDeleted", subject(guide), null);
	}

	private List<InterviewQuestion> questions(UUID guide) {
		return jdbc.sql("select id, position, text_de, text_en from interview_question where guide = ? order by position, id")
			.param(guide)
			.query((rs, row) -> new InterviewQuestion(rs.getObject("id", UUID.class), rs.getInt("position"),
					new Text(rs.getString("text_de"), rs.getString("text_en"))))
			.list();
	}

	private void check(InterviewGuideData data) {
		if (data.title().isBlank()) {
			throw new InvalidInputException("title", "interview.guide.title.blank", "A guide has a title");
		}
		if ((data.alliance() == null) == (data.lab() == null)) {
			throw new InvalidInputException("allianceId", "interview.guide.owner", "A guide belongs to an alliance or a lab");
		}
		if (data.alliance() != null && network.allianceNames(List.of(data.alliance())).isEmpty()) {
			throw new InvalidInputException("allianceId", "interview.guide.owner.unknown", "No such alliance");
		}
		if (data.lab() != null && labs.find(data.lab()).isEmpty()) {
			throw new InvalidInputException("labId", "interview.guide.owner.unknown", "No such lab");
		}
	}

	private static void checkQuestion(Text text) {
		if (text.isBlank()) {
			throw new InvalidInputException("textDe", "interview.question.blank", "A question has a German text");
		}
	}

	private @Nullable String ownerName(@Nullable UUID alliance, @Nullable UUID lab) {
		if (alliance != null) {
			return network.allianceNames(List.of(alliance)).get(alliance);
		}
		return lab == null ? null : labs.find(lab).map(view -> view.data().name()).orElse(null);
	}

	static String subject(UUID id) {
		return "interviewGuide:" + id;
	}
}
