package org.regiolab.portal;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AccountAdministration;
import org.regiolab.accounts.EmailAlreadyUsedException;
import org.regiolab.platform.MailOutbox;
import org.regiolab.platform.OutgoingMail;
import org.regiolab.platform.PlatformProperties;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office hands a profile it wrote over to the business: the business's address may keep the
 * profile from now on, gets an account without any role if it has none, and is mailed the
 * invitation link to choose its password (or, with an account, a note to sign in).
 */
@Service
@Transactional
public class ProfileHandover {

	private final ProfileRegistry profiles;
	private final AccountAdministration accounts;
	private final MailOutbox mail;
	private final MessageSource messages;
	private final PlatformProperties platform;

	ProfileHandover(ProfileRegistry profiles, AccountAdministration accounts, MailOutbox mail, MessageSource messages,
			PlatformProperties platform) {
		this.profiles = profiles;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.platform = platform;
	}

	/** @return the invitation link for a new account, or none when the address has an account already */
	public @Nullable String handOver(UUID profile, String email) {
		ProfileView view = profiles.load(profile);
		profiles.addEditor(profile, email);
		String link;
		try {
			link = platform.publicUrl() + "/invitation/" + accounts.invite(email, view.current().name(), Set.of());
		}
		catch (EmailAlreadyUsedException ex) {
			link = null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String name = view.current().name();
		mail.enqueue(new OutgoingMail(email, messages.getMessage("portal.handover.mail.subject", new Object[] { name }, locale),
				link != null ? messages.getMessage("portal.handover.mail.invitation", new Object[] { name, link }, locale)
						: messages.getMessage("portal.handover.mail.signIn",
								new Object[] { name, platform.publicUrl() + "/login" }, locale),
				null));
		return link;
	}
}
