package org.regiolab.portal.web;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import org.regiolab.portal.PortalPaths;
import org.regiolab.portal.ProfileContent;
import org.regiolab.portal.ProfileStatus;
import org.regiolab.portal.ProfileView;

/**
 * A profile as the API gives it: visitors get the published version; those who keep the profile
 * get the version they work on (the draft while there is one) with its status.
 * @param url the public page, once published
 */
record ProfileJson(UUID id, UUID organizationId, @Nullable String organizationName, ProfileStatus status,
		boolean published, @Nullable String reviewNote, Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt,
		@Nullable String url, @JsonUnwrapped ProfileContent content) {

	static ProfileJson forEditor(ProfileView profile) {
		return new ProfileJson(profile.id(), profile.organisation(), profile.organisationName(), profile.status(),
				profile.isPublic(), profile.reviewNote(), profile.createdAt(), profile.updatedAt(), profile.publishedAt(),
				url(profile), profile.current());
	}

	static ProfileJson forPublic(ProfileView profile) {
		return new ProfileJson(profile.id(), profile.organisation(), profile.organisationName(), ProfileStatus.PUBLISHED,
				true, null, profile.createdAt(), profile.updatedAt(), profile.publishedAt(), url(profile), profile.published());
	}

	private static @Nullable String url(ProfileView profile) {
		return profile.isPublic() ? PortalPaths.profile(profile.id()) : null;
	}
}
