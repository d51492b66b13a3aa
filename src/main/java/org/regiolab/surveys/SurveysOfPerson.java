package org.regiolab.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.network.PersonErased;
import org.regiolab.network.PersonRecords;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What surveys keep about a person: the invitations mailed to them (address and name) and, where the
 * survey is not anonymous, their answers. Both are in the person's export. Erasing the person replaces
 * address and name, ends their links and drafts with the files uploaded to them, and cuts their
 * response loose from the invitation, so that it counts on without telling whose it was. Invitations
 * are found by the person and, for addresses invited without a person, by the address.
 */
@Component
@Transactional
class SurveysOfPerson implements PersonRecords {

	/** An invitation in a person's export, with the answers given through it. */
	record InvitationRecord(UUID survey, String surveyTitle, String email, String name, OffsetDateTime invitedAt,
			@Nullable OffsetDateTime remindedAt, boolean answered, List<AnswerRecord> answers) {
	}

	/** An answer row as stored: a question's key, the row or option it concerns, and what was given. */
	record AnswerRecord(String question, int item, @Nullable Integer choice, @Nullable BigDecimal number, @Nullable String text,
			@Nullable LocalDate day) {
	}

	private static final String MINE = "(i.person = :person or (cast(:email as text) is not null and lower(i.email) = lower(:email)))";

	private final JdbcClient jdbc;
	private final AuditLog audit;

	SurveysOfPerson(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public String name() {
		return "surveys";
	}

	@Override
	@Transactional(readOnly = true)
	public List<InvitationRecord> of(UUID person) {
		Map<UUID, List<AnswerRecord>> answers = new HashMap<>();
		jdbc.sql("""
				select r.invitation, a.question, a.item, a.choice, a.number, a.text, a.day
				from survey_invitation i
				join survey_response r on r.invitation = i.id
				join survey_answer a on a.response = r.id
				where i.person = :person order by a.question, a.item""")
			.param("person", person)
			.query(rs -> {
				answers.computeIfAbsent(rs.getObject("invitation", UUID.class), id -> new ArrayList<>())
					.add(new AnswerRecord(rs.getString("question"), rs.getInt("item"), rs.getObject("choice", Integer.class),
							rs.getBigDecimal("number"), rs.getString("text"), rs.getObject("day", LocalDate.class)));
			});
		return jdbc.sql("""
				select i.id, i.survey, s.title_de, i.email, i.name, i.invited_at, i.reminded_at, i.answered
				from survey_invitation i join survey s on s.id = i.survey
				where i.person = :person order by i.invited_at, i.id""")
			.param("person", person)
			.query((rs, row) -> new InvitationRecord(rs.getObject("survey", UUID.class), rs.getString("title_de"),
					rs.getString("email"), rs.getString("name"), rs.getObject("invited_at", OffsetDateTime.class),
					rs.getObject("reminded_at", OffsetDateTime.class), rs.getBoolean("answered"),
					answers.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	@EventListener
	void erase(PersonErased erased) {
		List<UUID> invitations = jdbc.sql("""
				update survey_invitation i set person = null, email = 'erased:' || i.id, name = ''
				where\s""" + MINE + " returning i.id")
			.param("person", erased.person())
			.param("email", erased.email())
			.query(UUID.class)
			.list();
		if (invitations.isEmpty()) {
			return;
		}
		UUID[] ids = invitations.toArray(UUID[]::new);
		jdbc.sql("delete from survey_link where invitation = any(?)").param(ids).update();
		String[] drafts = invitations.stream().map(Answering::draftOf).toArray(String[]::new);
		jdbc.sql("delete from survey_draft where id = any(?)").param(drafts).update();
		jdbc.sql("delete from survey_file where draft = any(?)").param(drafts).update();
		jdbc.sql("update survey_response set invitation = null where invitation = any(?)").param(ids).update();
		audit.recordAll(AuditLog.currentActor(), "survey.invitation.erased",
				invitations.stream().map(id -> "survey-invitation:" + id).toList());
	}
}
