package org.regiolab.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.GroupCommit;
import org.regiolab.platform.GroupCommit.Outcome;
import org.regiolab.platform.NotFoundException;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores submitted responses in batches: one worker ({@link GroupCommit}) takes whatever submissions
 * have queued up meanwhile and stores them in one transaction with a handful of statements, and each
 * submitter hears of its response only after that commit. A rush of responses waits for one disk
 * flush per batch instead of one per response.
 * <p>
 * Submissions come checked against their survey's questions. Inside its transaction the desk checks
 * again what may have changed since: whether the survey still exists and takes answers today (a
 * submission refused for that writes nothing and fails alone), and whether the link has answered.
 * One response per link: the first submission of an invitation or a device in a batch claims it with
 * {@code … where not answered} or {@code … where not submitted}, which waits for and then sees any
 * other transaction that claimed it; every other submission of it is told that it was answered.
 * <p>
 * Anonymity (decision 18): an anonymous survey's response keeps no invitation, organisation or time of
 * day, and an invitation's draft goes with its submission. A batch's responses and answers are written
 * in the order of their new random ids, not in the order their links were claimed, so that neither
 * the order of the rows nor the transaction they share tells which response came through which link.
 */
@Component
class ResponseDesk {

	/** The most responses one transaction stores: with the longest texts a few tens of MB. */
	private static final int BATCH = 100;

	/**
	 * A response checked against its survey's questions, for one link.
	 * @param draft the id its answers in progress are kept under: one per invitation or device
	 * @param invitation null for a device that came through the survey's public link
	 * @param definition the questions the answers were checked against
	 * @param answers the answers to the questions shown
	 * @param files the files sent with the answers, checked; those uploaded before are under the draft
	 */
	record Submission(UUID survey, String draft, @Nullable Invitation invitation, SurveyDefinition definition,
			Map<String, Answer> answers, FileAnswers.Checked files) {
	}

	/** The questions that a survey's answers are stored by. */
	private record Questions(UUID survey, SurveyDefinition definition) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final FileAnswers files;

	ResponseDesk(JdbcClient jdbc, Clock clock, FileAnswers files) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.files = files;
	}

	/**
	 * The worker that {@link Answering} hands submissions to. A submission answers true if its response
	 * was stored now and false if its link had been used for a response before; it is refused with
	 * {@link SurveyClosedException} if the survey takes no answers today and {@link NotFoundException}
	 * if the survey has been deleted.
	 */
	@Bean
	GroupCommit<Submission, Boolean> responseCommits(TransactionTemplate transaction) {
		return new GroupCommit<>("survey-responses", BATCH, transaction, this::store);
	}

	/** Stores a batch inside the caller's transaction: for each submission, in order, whether it was stored now, or why not. */
	List<Outcome<Boolean>> store(List<Submission> batch) {
		LocalDate today = LocalDate.now(clock);
		Map<UUID, SurveyHead> surveys = new LinkedHashMap<>();
		jdbc.sql("select " + SurveyHead.COLUMNS + " from survey s where s.id = any(?)")
			.param(batch.stream().map(Submission::survey).distinct().toArray(UUID[]::new))
			.query(SurveyHead::of)
			.list()
			.forEach(survey -> surveys.put(survey.id(), survey));
		// the first submission of a link claims it; later ones of the batch find it answered
		Map<String, Submission> first = new LinkedHashMap<>();
		batch.stream()
			.filter(submission -> surveys.containsKey(submission.survey()) && surveys.get(submission.survey()).isOpenOn(today))
			.forEach(submission -> first.putIfAbsent(submission.draft(), submission));
		Set<String> claimed = claim(first.values());
		insert(first.values().stream().filter(submission -> claimed.contains(submission.draft())).toList(), surveys, today);
		return batch.stream().map(submission -> {
			SurveyHead survey = surveys.get(submission.survey());
			if (survey == null) {
				return Outcome.<Boolean>refused(NotFoundException.of("survey", submission.survey()));
			}
			if (!survey.isOpenOn(today)) {
				return Outcome.<Boolean>refused(new SurveyClosedException());
			}
			return Outcome.answer(first.get(submission.draft()) == submission && claimed.contains(submission.draft()));
		}).toList();
	}

	/** Marks the links answered that were not; answers the drafts of those it marked. */
	private Set<String> claim(Iterable<Submission> submissions) {
		Map<UUID, String> invited = new LinkedHashMap<>();
		List<String> devices = new ArrayList<>();
		submissions.forEach(submission -> {
			if (submission.invitation() != null) {
				invited.put(submission.invitation().id(), submission.draft());
			}
			else {
				devices.add(submission.draft());
			}
		});
		Set<String> claimed = new HashSet<>();
		if (!invited.isEmpty()) {
			// an invitation's draft knew the invitation: it goes, whether the invitation had answered or not
			jdbc.sql("delete from survey_draft where id = any(?)").param(invited.values().toArray(String[]::new)).update();
			jdbc.sql("update survey_invitation set answered = true where id = any(?) and not answered returning id")
				.param(invited.keySet().toArray(UUID[]::new))
				.query(UUID.class)
				.list()
				.forEach(invitation -> claimed.add(invited.get(invitation)));
		}
		if (!devices.isEmpty()) {
			// a device's draft stays, emptied, to tell that its link was used
			claimed.addAll(jdbc.sql("update survey_draft set answers = '{}', submitted = true where id = any(?) and not submitted returning id")
				.param(devices.toArray(String[]::new))
				.query(String.class)
				.list());
		}
		return claimed;
	}

	/** The responses with their answers, in the order of their new random ids. */
	private void insert(List<Submission> submissions, Map<UUID, SurveyHead> surveys, LocalDate today) {
		if (submissions.isEmpty()) {
			return;
		}
		Map<UUID, Submission> responses = new LinkedHashMap<>();
		submissions.stream()
			.map(submission -> Map.entry(UUID.randomUUID(), submission))
			.sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
			.forEach(response -> responses.put(response.getKey(), response.getValue()));
		int n = responses.size();
		UUID[] ids = new UUID[n];
		UUID[] survey = new UUID[n];
		UUID[] invitation = new UUID[n];
		UUID[] organisation = new UUID[n];
		String[] kind = new String[n];
		String[] sector = new String[n];
		String[] region = new String[n];
		String[] submittedAt = new String[n];
		String now = clock.instant().atOffset(ZoneOffset.UTC).toString();
		Map<Questions, Map<UUID, Map<String, Answer>>> answers = new LinkedHashMap<>();
		int i = 0;
		for (Map.Entry<UUID, Submission> response : responses.entrySet()) {
			Submission submission = response.getValue();
			boolean anonymous = surveys.get(submission.survey()).anonymous();
			Invitation from = submission.invitation();
			ids[i] = response.getKey();
			survey[i] = submission.survey();
			invitation[i] = anonymous || from == null ? null : from.id();
			organisation[i] = anonymous || from == null ? null : from.organisation();
			kind[i] = from == null ? null : from.kind();
			sector[i] = from == null ? null : from.sector();
			region[i] = from == null ? null : from.region();
			submittedAt[i] = anonymous ? null : now;
			answers.computeIfAbsent(new Questions(submission.survey(), submission.definition()), questions -> new LinkedHashMap<>())
				.put(response.getKey(), submission.answers());
			i++;
		}
		jdbc.sql("""
				insert into survey_response (id, survey, invitation, organisation, kind, sector, region, submitted_on, submitted_at)
				select r.id, r.survey, r.invitation, r.organisation, r.kind, r.sector, r.region, ?, r.submitted_at
				from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as uuid[]), cast(? as uuid[]), cast(? as text[]),
				            cast(? as text[]), cast(? as text[]), cast(? as timestamptz[]))
				     as r(id, survey, invitation, organisation, kind, sector, region, submitted_at)""")
			.params(today, ids, survey, invitation, organisation, kind, sector, region, submittedAt)
			.update();
		answers.forEach((questions, given) -> AnswerRows.insert(jdbc, questions.survey(), questions.definition(), given));
		// files only where a survey asks for them: they cost statements of their own per response
		responses.forEach((id, submission) -> {
			if (submission.definition().questions().stream().anyMatch(question -> question.type() == QuestionType.FILE)) {
				files.submit(submission.draft(), submission.survey(), id, submission.answers(), submission.files());
			}
		});
	}
}
