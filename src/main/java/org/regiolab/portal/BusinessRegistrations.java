package org.regiolab.portal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AccountAdministration;
import org.regiolab.accounts.EmailAlreadyUsedException;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.network.OrganisationData;
import org.regiolab.network.OrganisationKind;
import org.regiolab.network.OrganisationRegistry;
import org.regiolab.platform.MailOutbox;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.OutgoingMail;
import org.regiolab.platform.PlatformProperties;
import org.regiolab.platform.SecretTokens;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A business registers itself: it states its profile and an email address, confirms the address
 * with the link mailed to it, and its profile then waits for the office's review. Confirming
 * creates the organisation in the network registry (or finds it by name), the profile, and an
 * account without any role, whose invitation link lets the registrant choose a password at once.
 */
@Service
@Transactional
public class BusinessRegistrations {

	static final Duration VALIDITY = Duration.ofDays(2);

	/** What confirming gives: the profile, and the secret of the new account's invitation (none if the address had one). */
	public record Confirmation(UUID profile, @Nullable String invitation) {
	}

	/** A registration waiting for its confirmation. */
	public record Pending(String email, String contactName, ProfileContent content) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ProfileCheck check;
	private final ProfileRegistry profiles;
	private final NetworkDirectory network;
	private final OrganisationRegistry organisations;
	private final AccountAdministration accounts;
	private final MailOutbox mail;
	private final MessageSourceAccessor messages;
	private final URI publicUrl;
	private final Clock clock;

	BusinessRegistrations(JdbcClient jdbc, JsonMapper json, ProfileCheck check, ProfileRegistry profiles,
			NetworkDirectory network, OrganisationRegistry organisations, AccountAdministration accounts, MailOutbox mail,
			MessageSourceAccessor messages, PlatformProperties platform, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.check = check;
		this.profiles = profiles;
		this.network = network;
		this.organisations = organisations;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.publicUrl = platform.publicUrl();
		this.clock = clock;
	}

	/** Keeps the registration for two days and mails the confirmation link, in the registrant's language. */
	public void register(String email, String contactName, ProfileContent content, Locale locale) {
		ProfileContent clean = check.tidy(content);
		String token = SecretTokens.newToken();
		jdbc.sql("""
				insert into portal_registration (id, token_hash, email, contact_name, content, expires_at)
				values (?, ?, ?, ?, cast(? as jsonb), ?)""")
			.params(UUID.randomUUID(), SecretTokens.hash(token), email.strip().toLowerCase(Locale.ROOT), contactName.strip(),
					json.writeValueAsString(clean), java.sql.Timestamp.from(clock.instant().plus(VALIDITY)))
			.update();
		String link = publicUrl + "/portal/register/" + token;
		String subject = messages.getMessage("portal.register.mail.subject", new Object[] { clean.name() }, locale);
		String text = messages.getMessage("portal.register.mail.text", new Object[] { contactName.strip(), clean.name(), link },
				locale);
		mail.enqueue(new OutgoingMail(email.strip(), subject, text, null));
	}

	@Transactional(readOnly = true)
	public Optional<Pending> pending(String token) {
		return jdbc.sql("""
				select email, contact_name, content::text as content from portal_registration
				where token_hash = ? and confirmed_at is null and expires_at > now()""")
			.param(SecretTokens.hash(token))
			.query((rs, row) -> new Pending(rs.getString("email"), rs.getString("contact_name"),
					json.readValue(rs.getString("content"), ProfileContent.class)))
			.optional();
	}

	/** Confirms the address once; the link cannot be used again. */
	public Confirmation confirm(String token) {
		Pending pending = jdbc.sql("""
				update portal_registration set confirmed_at = now()
				where token_hash = ? and confirmed_at is null and expires_at > now()
				returning email, contact_name, content::text as content""")
			.param(SecretTokens.hash(token))
			.query((rs, row) -> new Pending(rs.getString("email"), rs.getString("contact_name"),
					json.readValue(rs.getString("content"), ProfileContent.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("No pending registration"));
		ProfileContent content = pending.content();
		// a business the registry knows already keeps its one entry; the office sees it in the review
		UUID organisation = network.organisationNamed(content.name()).orElseGet(() -> organisations.create(
				new OrganisationData(content.name(), content.categories().contains("handwerk") ? OrganisationKind.CRAFT_BUSINESS
						: OrganisationKind.COMPANY, null, null, content.street(), content.postalCode(), content.city(),
						content.website(), content.shortDescription())));
		UUID profile = profiles.register(organisation, content, pending.email());
		jdbc.sql("update portal_registration set profile = ? where token_hash = ?").params(profile, SecretTokens.hash(token)).update();
		String invitation;
		try {
			invitation = accounts.invite(pending.email(), pending.contactName(), Set.of());
		}
		catch (EmailAlreadyUsedException ex) {
			invitation = null;
		}
		return new Confirmation(profile, invitation);
	}
}
