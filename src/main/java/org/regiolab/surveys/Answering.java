package org.regiolab.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.GroupCommit;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.SecretTokens;
import org.regiolab.surveys.PageOutcome.Status;
import org.regiolab.surveys.ResponseDesk.Submission;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers through a personal link: page by page into a draft, so that a person can come back and go
 * on, then submitted as one response. A link is an invitation's or, for the public link, a device's;
 * only its hash is stored. One response per link: the response is checked here, on the caller's
 * thread, and stored by the {@link ResponseDesk} in a batch with whatever else was submitted meanwhile,
 * which removes the draft and marks the invitation in the transaction that stores the response; a
 * second submission finds neither.
 * <p>
 * Anonymous surveys: the response row gets no invitation, no organisation and no time of day, and the
 * draft that knew the invitation is deleted with the submission; the invitation keeps only that it was
 * answered. A device's draft is kept emptied, as the mark that its link was used. Nothing stored links
 * a response to its invitation or device (decision 18).
 * <p>
 * Saving a page and submitting run in no transaction of their own: a page is saved by one statement,
 * and a submission waits for its batch's transaction, which it must not hold a connection against.
 */
@NamedInterface("api")
@Service
public class Answering {

	private static final TypeReference<Map<String, Answer>> ANSWERS = new TypeReference<>() {
	};

	private record Draft(UUID survey, int page, Map<String, Answer> answers, boolean submitted) {
	}

	/** Where a link leads when a whole response is sent: its survey, and its invitation unless it is a device's. */
	private record Link(SurveyHead survey, @Nullable Invitation invitation, boolean answered) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Surveys surveys;
	private final SurveyDefinitions definitions;
	private final GroupCommit<Submission, Boolean> responses;
	private final Clock clock;
	private final FileAnswers files;

	Answering(JdbcClient jdbc, JsonMapper json, Surveys surveys, SurveyDefinitions definitions,
			GroupCommit<Submission, Boolean> responses, Clock clock, FileAnswers files) {
		this.jdbc = jdbc;
		this.json = json;
		this.surveys = surveys;
		this.definitions = definitions;
		this.responses = responses;
		this.clock = clock;
		this.files = files;
	}

	/** Where the link's holder stands; empty for a link that is unknown. */
	@Transactional(readOnly = true)
	public Optional<Visit> visit(String token) {
		String hash = SecretTokens.hash(token);
		return visit(hash, invitation(hash));
	}

	private Optional<Visit> visit(String hash, Optional<Invitation> invitation) {
		Optional<Draft> draft = draft(draftId(hash, invitation.map(Invitation::id).orElse(null)));
		if (invitation.isEmpty() && draft.isEmpty()) {
			return Optional.empty();
		}
		UUID survey = invitation.map(Invitation::survey).orElseGet(() -> draft.get().survey());
		// the counts of invitations and responses are not the answering's business, and would cost a scan of each per visit
		return Optional.of(new Visit(surveys.loadUncounted(survey), invitation.map(Invitation::id).orElse(null),
				invitation.map(Invitation::answered).orElse(false) || draft.map(Draft::submitted).orElse(false),
				draft.map(Draft::page).orElse(0),
				draft.map(Draft::answers).orElse(Map.of())));
	}

	/**
	 * A link of its own for a device that opened the survey's public link.
	 * @throws NotFoundException if no survey has that public link
	 */
	@Transactional
	public String startOpen(String openLink) {
		Survey survey = surveys.byOpenLink(openLink).orElseThrow(() -> NotFoundException.of("open survey link", openLink));
		String token = SecretTokens.newToken("d_");
		jdbc.sql("insert into survey_draft (id, survey) values (?, ?)").params(SecretTokens.hash(token), survey.id()).update();
		return token;
	}

	/**
	 * Saves the answers to one page: checked against the page's questions shown, kept in the draft, and
	 * submitted after the last page. Going back saves without checking.
	 */
	public PageOutcome savePage(String token, int page, Map<String, Answer> pageAnswers, boolean back) {
		return savePage(token, page, pageAnswers, Map.of(), back);
	}

	/**
	 * Saves the answers to one page with the files uploaded on it, by question key. A file that does
	 * not fit its question is an error of the page, and no file of a page with errors is kept.
	 */
	public PageOutcome savePage(String token, int page, Map<String, Answer> pageAnswers, Map<String, Upload> uploads,
			boolean back) {
		String hash = SecretTokens.hash(token);
		Optional<Invitation> invitation = invitation(hash);
		Visit visit = visit(hash, invitation).orElseThrow(() -> NotFoundException.of("survey link", "…"));
		if (visit.answered()) {
			return PageOutcome.of(Status.ALREADY_ANSWERED, page);
		}
		String draft = draftId(hash, visit.invitation());
		Survey survey = visit.survey();
		if (!survey.isOpenOn(LocalDate.now(clock))) {
			return PageOutcome.of(Status.CLOSED, page);
		}
		SurveyDefinition definition = survey.data().definition();
		if (page < 0 || page >= definition.pages().size()) {
			throw new InvalidInputException("page", "survey.page.unknown", "No page " + page);
		}
		SurveyPage shown = definition.pages().get(page);
		Map<String, Answer> answers = new HashMap<>(visit.answers());
		shown.questions().forEach(question -> answers.remove(question.key()));
		pageAnswers.forEach((key, answer) -> {
			if (shown.questions().stream().anyMatch(question -> question.key().equals(key)) && answer != null) {
				answers.put(key, answer);
			}
		});
		FileAnswers.Checked uploaded = FileAnswers.check(shown.questions(), uploads);
		answers.putAll(uploaded.answers());
		if (back) {
			int previous = Visibility.previous(definition, page, answers).orElse(page);
			keepDraft(draft, survey.id(), previous, answers, uploaded);
			return PageOutcome.of(Status.NEXT, previous);
		}
		List<Question> questionsShown = Visibility.questionsShown(definition, shown, answers);
		Map<String, String> errors = errors(definition, questionsShown, answers);
		questionsShown.stream().filter(question -> uploaded.errors().containsKey(question.key()))
			.forEach(question -> errors.put(question.key(), uploaded.errors().get(question.key())));
		if (!errors.isEmpty()) {
			return new PageOutcome(Status.INVALID, page, errors);
		}
		var next = Visibility.next(definition, page, answers);
		if (next.isPresent()) {
			keepDraft(draft, survey.id(), next.getAsInt(), answers, uploaded);
			return PageOutcome.of(Status.NEXT, next.getAsInt());
		}
		// the last page submits only with every page shown answered rightly, even if one was never saved
		Map<String, Answer> counted = Visibility.counted(definition, answers);
		for (int earlier = 0; earlier < page; earlier++) {
			SurveyPage before = definition.pages().get(earlier);
			Map<String, String> missing = Visibility.shows(definition, before, counted)
					? errors(definition, Visibility.questionsShown(definition, before, counted), counted) : Map.of();
			if (!missing.isEmpty()) {
				keepDraft(draft, survey.id(), earlier, answers, uploaded);
				return new PageOutcome(Status.INVALID, earlier, missing);
			}
		}
		try {
			return responses.submit(new Submission(survey.id(), draft, invitation.orElse(null), definition, counted, uploaded))
					? PageOutcome.of(Status.SUBMITTED, page) : PageOutcome.of(Status.ALREADY_ANSWERED, page);
		}
		catch (SurveyClosedException ex) {
			// closed since it was checked above: the draft is kept
			return PageOutcome.of(Status.CLOSED, page);
		}
	}

	/**
	 * Submits a whole response at once (the API). Idempotent by link: a second call stores nothing.
	 * @return true if stored now, false if the link had been used for a response before
	 * @throws InvalidInputException naming the first question ({@code answers.<key>}) whose answer is wrong
	 * @throws SurveyClosedException if the survey takes no answers today
	 */
	public boolean respond(String token, Map<String, Answer> given) {
		String hash = SecretTokens.hash(token);
		Link link = link(hash).orElseThrow(() -> NotFoundException.of("survey link", "…"));
		if (link.answered()) {
			return false;
		}
		if (!link.survey().isOpenOn(LocalDate.now(clock))) {
			throw new SurveyClosedException();
		}
		SurveyDefinition definition = definitions.of(link.survey());
		for (String key : given.keySet()) {
			if (definition.question(key).isEmpty()) {
				throw new InvalidInputException("answers." + key, "survey.answer.unknown-question", "No question " + key);
			}
		}
		Map<String, Answer> sent = new HashMap<>(given);
		FileAnswers.Checked uploaded = FileAnswers.fromApi(definition, given);
		sent.putAll(uploaded.answers());
		Map<String, Answer> counted = Visibility.counted(definition, sent);
		List<Question> shown = definition.pages().stream()
			.filter(page -> Visibility.shows(definition, page, counted))
			.flatMap(page -> Visibility.questionsShown(definition, page, counted).stream())
			.toList();
		errors(definition, shown, sent).entrySet().stream().findFirst().ifPresent(error -> {
			throw new InvalidInputException("answers." + error.getKey(), error.getValue(), "Answer refused: " + error);
		});
		Invitation invitation = link.invitation();
		return responses.submit(new Submission(link.survey().id(), draftId(hash, invitation == null ? null : invitation.id()),
				invitation, definition, counted, uploaded));
	}

	private static Map<String, String> errors(SurveyDefinition definition, List<Question> shown, Map<String, Answer> answers) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Question question : shown) {
			AnswerCheck.check(question, answers.get(question.key())).ifPresent(error -> errors.put(question.key(), error));
		}
		return errors;
	}

	private void keepDraft(String draft, UUID survey, int page, Map<String, Answer> answers, FileAnswers.Checked uploaded) {
		jdbc.sql("""
				insert into survey_draft (id, survey, page, answers) values (?, ?, ?, cast(? as jsonb))
				on conflict (id) do update set page = excluded.page, answers = excluded.answers, updated_at = now()""")
			.params(draft, survey, page, json.writeValueAsString(answers))
			.update();
		files.keep(draft, survey, answers, uploaded);
	}

	/** An invitation's draft is kept under the invitation, since each reminder mails a new link to it. */
	private static String draftId(String hash, @Nullable UUID invitation) {
		return invitation == null ? hash : draftOf(invitation);
	}

	static String draftOf(UUID invitation) {
		return "invitation:" + invitation;
	}

	private Optional<Draft> draft(String id) {
		return jdbc.sql("select survey, page, answers, submitted from survey_draft where id = ?")
			.param(id)
			.query((rs, row) -> new Draft(rs.getObject("survey", UUID.class), rs.getInt("page"),
					json.readValue(rs.getString("answers"), ANSWERS), rs.getBoolean("submitted")))
			.optional();
	}

	private Optional<Invitation> invitation(String hash) {
		return jdbc.sql("select " + Invitation.COLUMNS + " from survey_invitation i where i.id = (select l.invitation from survey_link l where l.token = ?)")
			.param(hash)
			.query((rs, row) -> Invitation.of(rs))
			.optional();
	}

	/** In one statement: the invitation's link, or else the device's draft, with its survey. */
	private Optional<Link> link(String hash) {
		return jdbc.sql("""
				select %s, i.id as invitation, i.organisation, i.kind, i.sector, i.region,
				       coalesce(i.answered, d.submitted) as answered
				from (select cast(? as text) as hash) h
				left join survey_link l on l.token = h.hash
				left join survey_invitation i on i.id = l.invitation
				left join survey_draft d on i.id is null and d.id = h.hash
				join survey s on s.id = coalesce(i.survey, d.survey)""".formatted(SurveyHead.COLUMNS))
			.param(hash)
			.query((rs, row) -> new Link(SurveyHead.of(rs, row), Invitation.of(rs), rs.getBoolean("answered")))
			.optional();
	}
}
