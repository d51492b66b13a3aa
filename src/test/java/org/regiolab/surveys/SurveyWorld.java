package org.regiolab.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.regiolab.network.AllianceData;
import org.regiolab.network.AllianceKind;
import org.regiolab.network.AllianceRegistry;
import org.regiolab.network.Consent;
import org.regiolab.network.ConsentPurpose;
import org.regiolab.network.MembershipRole;
import org.regiolab.network.OrganisationData;
import org.regiolab.network.OrganisationKind;
import org.regiolab.network.OrganisationRegistry;
import org.regiolab.network.PersonData;
import org.regiolab.network.PersonRegistry;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A world of its own for one test in the shared database: an alliance whose member companies' people
 * have agreed to surveys or not, surveys of that alliance, and the links their invitations mailed.
 */
final class SurveyWorld {

	private static final Pattern LINK = Pattern.compile("/umfrage/(u_[A-Za-z0-9_-]+)");

	final String tag = UUID.randomUUID().toString().substring(0, 8);
	final UUID alliance;
	final JdbcClient jdbc;
	final Answering answering;
	final Invitations invitations;
	private final AllianceRegistry alliances;
	private final OrganisationRegistry organisations;
	private final PersonRegistry people;
	final Surveys surveys;
	private final Clock clock;

	/** A new world, made with the application's own beans. */
	SurveyWorld(ApplicationContext application) {
		alliances = application.getBean(AllianceRegistry.class);
		organisations = application.getBean(OrganisationRegistry.class);
		people = application.getBean(PersonRegistry.class);
		surveys = application.getBean(Surveys.class);
		answering = application.getBean(Answering.class);
		invitations = application.getBean(Invitations.class);
		jdbc = application.getBean(JdbcClient.class);
		clock = application.getBean(Clock.class);
		alliance = alliances.create(new AllianceData("Umfrageallianz " + tag, AllianceKind.BUSINESS_ALLIANCE, List.of(),
				null, null, List.of(), List.of()));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A company of the alliance in the sector (a WZ code). */
	UUID company(String name, String sector) {
		UUID company = organisations.create(new OrganisationData(name + " " + tag, OrganisationKind.COMPANY, sector, "05512",
				null, null, null, null, null));
		alliances.addMember(alliance, company, MembershipRole.MEMBER, null);
		return company;
	}

	/** A person of the company with an address, who agreed to surveys or not. */
	UUID person(String given, String family, UUID company, boolean agreed) {
		Set<Consent> consents = agreed ? Set.of(new Consent(ConsentPurpose.SURVEYS, today().minusYears(1), null)) : Set.of();
		return people.create(new PersonData(given, family, email(given), null, company, null, consents));
	}

	String email(String given) {
		return given.toLowerCase(Locale.ROOT) + "-" + tag + "@example.org";
	}

	UUID survey(SurveyDefinition definition, boolean anonymous) {
		return surveys.create(data(definition, anonymous, false, null, null));
	}

	SurveyData data(SurveyDefinition definition, boolean anonymous, boolean openLink, @Nullable LocalDate closesOn,
			@Nullable Integer reminderDays) {
		return new SurveyData(alliance, null, Text.german("Unternehmensbefragung " + tag), null, null, anonymous, openLink, null,
				closesOn, reminderDays, null, definition);
	}

	/** The link of the last mail of the kind ("invitation", "reminder") the survey sent to the address. */
	String link(UUID survey, String kind, String email) {
		String body = jdbc.sql("""
				select body from mail_outbox where key like ? and recipient = ? order by created_at desc limit 1""")
			.params("survey:" + survey + ":" + kind + ":%", email)
			.query(String.class)
			.single();
		Matcher link = LINK.matcher(body);
		if (!link.find()) {
			throw new AssertionError("No survey link in " + body);
		}
		return link.group(1);
	}

	/** Invites the alliance's people to the survey and gives the link mailed to the one of that given name. */
	String invite(UUID survey, String given) {
		invitations.invite(survey, Audience.ofAlliance(alliance));
		return link(survey, "invitation", email(given));
	}

	long count(String sql, Object... parameters) {
		return jdbc.sql(sql).params(parameters).query(Long.class).single();
	}

	long responses(UUID survey) {
		return count("select count(*) from survey_response where survey = ?", survey);
	}

	static Map<String, Answer> answers(Object... keysAndAnswers) {
		java.util.Map<String, Answer> answers = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndAnswers.length; i += 2) {
			answers.put((String) keysAndAnswers[i], (Answer) keysAndAnswers[i + 1]);
		}
		return answers;
	}
}
