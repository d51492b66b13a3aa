package org.regiolab.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.regiolab.accounts.Roles;
import org.regiolab.platform.StartPageSection;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The start page tells the office how many portal entries wait for review, and a business the
 * entries it keeps.
 */
@Component
class PortalStartSection implements StartPageSection {

	private final ProfileList list;
	private final ProfileRegistry registry;

	PortalStartSection(ProfileList list, ProfileRegistry registry) {
		this.list = list;
		this.registry = registry;
	}

	@Override
	public Optional<Content> contentFor(Authentication user) {
		if (Roles.mayEdit(user)) {
			return Optional.of(new Content("portal/start-section", "office", Map.of("waiting", list.waitingForReview())));
		}
		List<ProfileView> kept = registry.keptBy(user.getName());
		return kept.isEmpty() ? Optional.empty()
				: Optional.of(new Content("portal/start-section", "business", Map.of("profiles", kept)));
	}
}
