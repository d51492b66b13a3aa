package org.regiolab.labs;

import java.util.Map;
import java.util.Optional;

import org.regiolab.accounts.Roles;
import org.regiolab.platform.StartPageSection;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The coordinators' start page lists the certifications to renew within 90 days and the lapsed ones. */
@Component
class CertificationsDue implements StartPageSection {

	static final int DAYS = 90;

	private final Certifications certifications;

	CertificationsDue(Certifications certifications) {
		this.certifications = certifications;
	}

	@Override
	public Optional<Content> contentFor(Authentication user) {
		return Roles.mayEdit(user) ? Optional.of(new Content("labs/start", "certifications",
				Map.of("certifications", certifications.dueWithin(DAYS)))) : Optional.empty();
	}
}
