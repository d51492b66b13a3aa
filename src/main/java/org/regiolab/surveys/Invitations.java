package org.regiolab.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.regiolab.accounts.AuditLog;
import org.regiolab.events.RegistrationStatus;
import org.regiolab.events.RegistrationView;
import org.regiolab.events.Registrations;
import org.regiolab.network.ConsentPurpose;
import org.regiolab.network.Contacts;
import org.regiolab.network.Contacts.Contact;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.MailOutbox;
import org.regiolab.platform.OutgoingMail;
import org.regiolab.platform.PlatformProperties;
import org.regiolab.platform.SecretTokens;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal invitations with a link of their own, only to people whose consent to surveys holds on
 * the day; the others are counted and named, never mailed. Each mail goes through the outbox under a
 * key, so that an invitation or reminder is queued once however often it is asked for.
 */
@NamedInterface("api")
@Service
@Transactional
public class Invitations {

	private final JdbcClient jdbc;
	private final Surveys surveys;
	private final Contacts contacts;
	private final Registrations registrations;
	private final MailOutbox outbox;
	private final MessageSource messages;
	private final PlatformProperties platform;
	private final AuditLog audit;
	private final Clock clock;

	Invitations(JdbcClient jdbc, Surveys surveys, Contacts contacts, Registrations registrations, MailOutbox outbox,
			MessageSource messages, PlatformProperties platform, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.contacts = contacts;
		this.registrations = registrations;
		this.outbox = outbox;
		this.messages = messages;
		this.platform = platform;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whom the audience would reach, without inviting anybody. */
	@Transactional(readOnly = true)
	public InvitationRound preview(UUID survey, Audience audience) {
		surveys.load(survey);
		Set<String> before = new HashSet<>(jdbc.sql("select email from survey_invitation where survey = ?")
			.param(survey)
			.query(String.class)
			.list());
		List<Contact> invited = new ArrayList<>();
		List<Contact> excluded = new ArrayList<>();
		List<Contact> invitedBefore = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Contact contact : reach(audience)) {
			if (!contact.consents() || contact.email() == null) {
				excluded.add(contact);
			}
			else if (before.contains(contact.email())) {
				invitedBefore.add(contact);
			}
			else if (seen.add(contact.email())) {
				invited.add(contact);
			}
		}
		return new InvitationRound(invited, excluded, invitedBefore);
	}

	/** Invites those of the audience who agreed and were not invited before, each with a mail and a link of their own. */
	public InvitationRound invite(UUID id, Audience audience) {
		Survey survey = surveys.load(id);
		if (!survey.isOpenOn(LocalDate.now(clock)) && survey.data().closesOn() != null
				&& survey.data().closesOn().isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("audience", "survey.invite.closed", "The survey is closed");
		}
		InvitationRound round = preview(id, audience);
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		for (Contact contact : round.invited()) {
			UUID invitation = UUID.randomUUID();
			jdbc.sql("""
					insert into survey_invitation (id, survey, person, email, name, organisation, kind, sector, region, invited_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(invitation, id, contact.person(), contact.email(), contact.name(), contact.organisation(),
						contact.kind() == null ? null : contact.kind().name(), contact.sector(), contact.region(), now)
				.update();
			mail(survey, invitation, contact.email(), contact.name(), "invitation", "invitation");
		}
		jdbc.sql("update survey set invited = invited + ? where id = ?").params(round.invited().size(), id).update();
		audit.record("survey.invited", Surveys.subject(id),
				round.invited().size() + " invited, " + round.excluded().size() + " excluded without consent");
		return round;
	}

	/**
	 * Reminds those invited who have not answered, on the day that lies the survey's reminder days before
	 * its closing date; each once.
	 * @return how many were reminded
	 */
	public int remindDue() {
		LocalDate today = LocalDate.now(clock);
		List<UUID> due = jdbc.sql("""
				select s.id from survey s
				where s.reminder_days is not null and s.closes_on is not null and s.closes_on - s.reminder_days = ?""")
			.param(today)
			.query(UUID.class)
			.list();
		int reminded = 0;
		for (UUID id : due) {
			Survey survey = surveys.load(id);
			List<Object[]> open = jdbc.sql("select id, email, name from survey_invitation where survey = ? and not answered and reminded_at is null")
				.param(id)
				.query((rs, row) -> new Object[] { rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("name") })
				.list();
			for (Object[] invitation : open) {
				mail(survey, (UUID) invitation[0], (String) invitation[1], (String) invitation[2], "reminder", "reminder");
				jdbc.sql("update survey_invitation set reminded_at = now() where id = ?").param(invitation[0]).update();
				reminded++;
			}
		}
		return reminded;
	}

	private List<Contact> reach(Audience audience) {
		LocalDate today = LocalDate.now(clock);
		if (audience.isEmpty()) {
			throw new InvalidInputException("audience", "survey.audience.empty", "Choose whom to invite");
		}
		List<Contact> reached = new ArrayList<>();
		if (audience.alliance() != null) {
			reached.addAll(contacts.membersOfAlliance(audience.alliance(), ConsentPurpose.SURVEYS, today));
		}
		if (audience.body() != null) {
			reached.addAll(contacts.ofBody(audience.body(), ConsentPurpose.SURVEYS, today));
		}
		if (audience.kind() != null || audience.sector() != null || audience.region() != null) {
			reached.addAll(contacts.ofOrganisations(audience.kind(), audience.sector(), audience.region(), ConsentPurpose.SURVEYS, today));
		}
		if (audience.people() != null && !audience.people().isEmpty()) {
			reached.addAll(contacts.people(audience.people(), ConsentPurpose.SURVEYS, today));
		}
		if (audience.event() != null) {
			reached.addAll(contacts.byEmail(checkedIn(audience.event()), ConsentPurpose.SURVEYS, today));
		}
		return reached;
	}

	private List<String> checkedIn(UUID event) {
		List<String> emails = new ArrayList<>();
		registrations.forEach(event, RegistrationStatus.CONFIRMED, (RegistrationView registration) -> {
			if (registration.checkedInAt() != null) {
				emails.add(registration.email());
			}
		});
		return emails;
	}

	// a new link for each mail: only the hashes are kept, and every link of an invitation reaches the same answers
	private void mail(Survey survey, UUID invitation, String email, String name, String kind, String key) {
		String token = SecretTokens.newToken("u_");
		jdbc.sql("insert into survey_link (token, invitation) values (?, ?)").params(SecretTokens.hash(token), invitation).update();
		Locale locale = Locale.GERMAN;
		String link = platform.publicUrl() + "/umfrage/" + token;
		String closes = survey.data().closesOn() == null ? ""
				: messages.getMessage("mail.survey.closes", new Object[] { SurveyDates.format(survey.data().closesOn()) }, locale);
		Object[] args = { name, survey.data().title().de(), link, closes, survey.ownerName() };
		outbox.enqueue(new OutgoingMail(email, messages.getMessage("mail.survey." + kind + ".subject", args, locale),
				messages.getMessage("mail.survey." + kind + ".text", args, locale), "survey:" + survey.id() + ":" + key + ":" + invitation));
	}
}
