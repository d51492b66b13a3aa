package org.regiolab.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.network.ConsentPurpose;
import org.regiolab.network.Contacts;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.network.PersonErased;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interviews held with a guide and their notes per question. The notes are personal data: every
 * change is in the audit log (which fields, never their text), linking a person is in that person's
 * history, and erasing the person removes the notes and the link.
 */
@Service
@Transactional
public class Interviews {

	/** An interview in a guide's list. */
	public record InterviewRow(UUID id, String label, @Nullable UUID organizationId, @Nullable String organizationName,
			LocalDate interviewedOn, String interviewer, boolean invented, boolean erased, int answers, int codings) {

		InterviewRow named(Map<UUID, String> organisations) {
			return new InterviewRow(id, label, organizationId, organizationId == null ? null : organisations.get(organizationId),
					interviewedOn, interviewer, invented, erased, answers, codings);
		}
	}

	private static final String COLUMNS = "select id, guide, label, organisation, person, interviewed_on, interviewer, invented, erased_at from interview";

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final InterviewGuides guides;
	private final NetworkDirectory network;
	private final Contacts contacts;
	private final Clock clock;

	Interviews(JdbcClient jdbc, AuditLog audit, InterviewGuides guides, NetworkDirectory network, Contacts contacts,
			Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.guides = guides;
		this.network = network;
		this.contacts = contacts;
		this.clock = clock;
	}

	public UUID create(UUID guide, InterviewData data) {
		InterviewGuide known = guides.load(guide);
		check(known, data);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into interview (id, guide, label, organisation, person, interviewed_on, interviewer, invented)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, guide, data.label(), data.organisation(), data.person(), data.interviewedOn(), data.interviewer(),
					data.invented())
			.update();
		data.answers().forEach((question, text) -> insertAnswer(id, question, text));
		audit.record("interview.created", subject(id), "answers=" + data.answers().size());
		if (data.person() != null) {
			audit.record("interview.linked", personSubject(data.person()), subject(id));
		}
		return id;
	}

	/**
	 * Changes the interview. A coded passage whose answer changed moves with its text when the text is
	 * still there and goes when it is not.
	 */
	public void update(UUID id, InterviewData data) {
		Interview before = load(id);
		check(guides.load(before.guide()), data);
		jdbc.sql("""
				update interview set label = ?, organisation = ?, person = ?, interviewed_on = ?, interviewer = ?,
				       invented = ?, updated_at = now()
				where id = ?""")
			.params(data.label(), data.organisation(), data.person(), data.interviewedOn(), data.interviewer(),
					data.invented(), id)
			.update();
		for (UUID question : before.data().answers().keySet()) {
			if (!data.answers().containsKey(question)) {
				jdbc.sql("delete from interview_answer where interview = ? and question = ?").params(id, question).update();
			}
		}
		data.answers().forEach((question, text) -> {
			String old = before.answer(question);
			if (old == null) {
				insertAnswer(id, question, text);
			}
			else if (!old.equals(text)) {
				jdbc.sql("update interview_answer set text = ? where interview = ? and question = ?")
					.params(text, id, question)
					.update();
				follow(before.codingsOf(question), text);
			}
		});
		audit.record("interview.changed", subject(id),
				"changed: " + String.join(", ", AuditLog.changedFields(before.data(), data)));
		if (!Objects.equals(before.data().person(), data.person())) {
			if (before.data().person() != null) {
				audit.record("interview.unlinked", personSubject(before.data().person()), subject(id));
			}
			if (data.person() != null) {
				audit.record("interview.linked", personSubject(data.person()), subject(id));
			}
		}
	}

	public void delete(UUID id) {
		Interview interview = load(id);
		jdbc.sql("delete from interview where id = ?").param(id).update();
		audit.record("interview.deleted", subject(id), null);
		if (interview.data().person() != null) {
			audit.record("interview.deleted", personSubject(interview.data().person()), subject(id));
		}
	}

	@Transactional(readOnly = true)
	public Optional<Interview> find(UUID id) {
		return jdbc.sql(COLUMNS + " where id = ?").param(id).query(this::interview).optional();
	}

	@Transactional(readOnly = true)
	public Interview load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of("interview", id));
	}

	/** The interviews of a guide with all their notes and codings, in the order they were held. */
	@Transactional(readOnly = true)
	public List<Interview> ofGuide(UUID guide) {
		return jdbc.sql(COLUMNS + " where guide = ? order by interviewed_on, lower(label), id").param(guide)
			.query(this::interview).list();
	}

	@Transactional(readOnly = true)
	public List<InterviewRow> list(UUID guide) {
		List<InterviewRow> rows = jdbc.sql("""
				select i.id, i.label, i.organisation, i.interviewed_on, i.interviewer, i.invented, i.erased_at is not null as erased,
				       (select count(*) from interview_answer a where a.interview = i.id) as answers,
				       (select count(*) from interview_coding c where c.interview = i.id) as codings
				from interview i where i.guide = ? order by i.interviewed_on, lower(i.label), i.id""")
			.param(guide)
			.query((rs, row) -> new InterviewRow(rs.getObject("id", UUID.class), rs.getString("label"),
					rs.getObject("organisation", UUID.class), null, rs.getObject("interviewed_on", LocalDate.class),
					rs.getString("interviewer"), rs.getBoolean("invented"), rs.getBoolean("erased"), rs.getInt("answers"),
					rs.getInt("codings")))
			.list();
		Map<UUID, String> names = network.organisationNames(
				rows.stream().map(InterviewRow::organizationId).filter(Objects::nonNull).distinct().toList());
		return rows.stream().map(row -> row.named(names)).toList();
	}

	/**
	 * The interviews a person gave, with their notes, for that person's data export. The export is the
	 * network's ({@code PersonRegistry.export}); it has no way yet to take other modules' data in.
	 */
	@Transactional(readOnly = true)
	public List<Interview> ofPerson(UUID person) {
		return jdbc.sql(COLUMNS + " where person = ? order by interviewed_on, id").param(person).query(this::interview).list();
	}

	/** The person interviewed was erased: their interviews keep their date and label, but lose notes, codings and the link. */
	@EventListener
	void erase(PersonErased erased) {
		List<UUID> interviews = jdbc.sql("""
				update interview set person = null, erased_at = ?, updated_at = now() where person = ? returning id""")
			.params(Timestamp.from(clock.instant()), erased.person())
			.query(UUID.class)
			.list();
		if (interviews.isEmpty()) {
			return;
		}
		jdbc.sql("delete from interview_answer where interview = any(?)").param(interviews.toArray(UUID[]::new)).update();
		audit.recordAll(AuditLog.currentActor(), "interview.erased", interviews.stream().map(Interviews::subject).toList());
	}

	/** The people of an organisation, by name, to choose whom an interview was with. */
	@Transactional(readOnly = true)
	public List<Contacts.Contact> peopleOf(@Nullable UUID organisation) {
		if (organisation == null) {
			return List.of();
		}
		var kind = network.organisationKinds(List.of(organisation)).get(organisation);
		if (kind == null) {
			return List.of();
		}
		return contacts.ofOrganisations(kind, null, null, ConsentPurpose.SURVEYS, LocalDate.now(clock)).stream()
			.filter(contact -> organisation.equals(contact.organisation()))
			.toList();
	}

	private void check(InterviewGuide guide, InterviewData data) {
		if (data.label().isBlank()) {
			throw new InvalidInputException("label", "interview.label.blank", "An interview has a label");
		}
		if (data.interviewer().isBlank()) {
			throw new InvalidInputException("interviewer", "interview.interviewer.blank", "An interview has an interviewer");
		}
		if (data.interviewedOn() == null) {
			throw new InvalidInputException("interviewedOn", "interview.date.blank", "An interview has a date");
		}
		if (data.organisation() != null && network.organisationNames(List.of(data.organisation())).isEmpty()) {
			throw new InvalidInputException("organizationId", "interview.organisation.unknown", "No such organisation");
		}
		if (data.person() != null && personName(data.person()) == null) {
			throw new InvalidInputException("personId", "interview.person.unknown", "No such person");
		}
		for (UUID question : data.answers().keySet()) {
			if (guide.questions().stream().noneMatch(q -> q.id().equals(question))) {
				throw new InvalidInputException("answers", "interview.answer.question.unknown", "No such question in the guide");
			}
		}
	}

	// a coded passage stays where its text is; gone, the coding goes
	private void follow(List<Coding> codings, String text) {
		for (Coding coding : codings) {
			if (coding.end() <= text.length() && text.substring(coding.start(), coding.end()).equals(coding.quote())) {
				continue;
			}
			int moved = text.indexOf(coding.quote());
			if (moved >= 0) {
				jdbc.sql("update interview_coding set start_offset = ?, end_offset = ? where id = ?")
					.params(moved, moved + coding.quote().length(), coding.id())
					.update();
			}
			else {
				jdbc.sql("delete from interview_coding where id = ?").param(coding.id()).update();
			}
		}
	}

	private void insertAnswer(UUID interview, UUID question, String text) {
		jdbc.sql("insert into interview_answer (interview, question, text) values (?, ?, ?)")
			.params(interview, question, text)
			.update();
	}

	private Interview interview(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID organisation = rs.getObject("organisation", UUID.class);
		UUID person = rs.getObject("person", UUID.class);
		Map<UUID, String> answers = new HashMap<>();
		jdbc.sql("select question, text from interview_answer where interview = ?")
			.param(id)
			.query((answer, n) -> Map.entry(answer.getObject("question", UUID.class), answer.getString("text")))
			.list()
			.forEach(entry -> answers.put(entry.getKey(), entry.getValue()));
		List<Coding> codings = jdbc.sql("""
				select id, interview, question, code, start_offset as start, end_offset as "end", quote
				from interview_coding where interview = ? order by question, start_offset, end_offset, id""")
			.param(id)
			.query(Coding.class)
			.list();
		Timestamp erased = rs.getTimestamp("erased_at");
		InterviewData data = new InterviewData(rs.getString("label"), organisation, person,
				rs.getObject("interviewed_on", LocalDate.class), rs.getString("interviewer"), rs.getBoolean("invented"), answers);
		return new Interview(id, rs.getObject("guide", UUID.class), data,
				organisation == null ? null : network.organisationNames(List.of(organisation)).get(organisation),
				person == null ? null : personName(person), erased == null ? null : erased.toInstant(),
				new ArrayList<>(codings));
	}

	private @Nullable String personName(UUID person) {
		return contacts.people(List.of(person), ConsentPurpose.SURVEYS, LocalDate.now(clock)).stream()
			.map(Contacts.Contact::name)
			.findFirst()
			.orElse(null);
	}

	static String subject(UUID id) {
		return "interview:" + id;
	}

	private static String personSubject(UUID person) {
		return "person:" + person;
	}
}
