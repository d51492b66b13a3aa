package org.regiolab.portal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A profile with both its versions, for those who keep it.
 * @param published what the public sees, or none before the first publication
 * @param draft the version being written or waiting for review, or none
 * @param reviewNote why the office sent the last submission back, or none
 */
public record ProfileView(UUID id, UUID organisation, @Nullable String organisationName, ProfileStatus status,
		@Nullable ProfileContent published, @Nullable ProfileContent draft, @Nullable String reviewNote,
		Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt) {

	/** The version an editor works on: the draft if there is one, else the published one. */
	public ProfileContent current() {
		return draft != null ? draft : published;
	}

	public boolean isPublic() {
		return published != null;
	}
}
