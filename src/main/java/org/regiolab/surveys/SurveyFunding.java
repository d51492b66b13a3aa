package org.regiolab.surveys;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.regiolab.accounts.AuditLog;
import org.regiolab.labs.FundingProgrammes;
import org.regiolab.labs.FundingProgrammes.FundingProgramme;
import org.regiolab.labs.PrintedNotice;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding programmes that pay for a survey, whose publicity notices its report must print. An
 * office names them; a copy of the survey starts without, as the next round is often paid otherwise.
 */
@NamedInterface("api")
@Service
@Transactional
public class SurveyFunding {

	/** More programmes than any survey is paid from; a bound for the input. */
	static final int MAX_PROGRAMMES = 20;

	private final JdbcClient jdbc;
	private final FundingProgrammes programmes;
	private final AuditLog audit;

	SurveyFunding(JdbcClient jdbc, FundingProgrammes programmes, AuditLog audit) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.audit = audit;
	}

	/** The programmes named for the survey, by name. */
	@Transactional(readOnly = true)
	public List<FundingProgramme> of(UUID survey) {
		requireSurvey(survey);
		return named(survey).stream().map(programmes::find).flatMap(Optional::stream)
			.sorted(Comparator.comparing(programme -> programme.name().toLowerCase(Locale.ROOT)))
			.toList();
	}

	/** The notices of the programmes named for the survey, as its report prints them, by name. */
	@Transactional(readOnly = true)
	public List<PrintedNotice> notices(UUID survey) {
		return programmes.printedNotices(of(survey).stream().map(FundingProgramme::id).toList());
	}

	/** Names the programmes that pay for the survey, in place of those named before. */
	public void change(UUID survey, List<UUID> programmeIds) {
		requireSurvey(survey);
		Set<UUID> chosen = new LinkedHashSet<>(programmeIds);
		if (chosen.size() > MAX_PROGRAMMES) {
			throw new InvalidInputException("programmeIds", "survey.funding.many", "At most " + MAX_PROGRAMMES + " programmes");
		}
		if (chosen.contains(null) || !chosen.stream().allMatch(id -> programmes.find(id).isPresent())) {
			throw new InvalidInputException("programmeIds", "survey.funding.unknown", "Unknown funding programme");
		}
		jdbc.sql("delete from survey_funding where survey = ?").param(survey).update();
		jdbc.sql("insert into survey_funding (survey, programme) select ?, unnest(cast(? as uuid[]))")
			.params(survey, chosen.toArray(UUID[]::new))
			.update();
		audit.record("survey.funding.changed", Surveys.subject(survey), chosen.size() + " programmes");
	}

	private void requireSurvey(UUID survey) {
		if (jdbc.sql("select count(*) from survey where id = ?").param(survey).query(Long.class).single() == 0) {
			throw NotFoundException.of("survey", survey);
		}
	}

	private List<UUID> named(UUID survey) {
		return jdbc.sql("select programme from survey_funding where survey = ?").param(survey).query(UUID.class).list();
	}
}
