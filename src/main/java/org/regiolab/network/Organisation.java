package org.regiolab.network;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;

/** A company, chamber, administration, school or association in the regional network. */
class Organisation {

	@Id
	private final UUID id;
	// stored as columns of the organisation row itself
	@Embedded.Empty
	private OrganisationData data;
	private final Instant createdAt;
	private Instant updatedAt;
	@Version
	private @Nullable Long version;

	Organisation(UUID id, OrganisationData data, Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.data = data;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Organisation create(OrganisationData data, Instant now) {
		return new Organisation(UUID.randomUUID(), data, now, now, null);
	}

	void change(OrganisationData data, Instant now) {
		this.data = data;
		this.updatedAt = now;
	}

	UUID id() {
		return id;
	}

	OrganisationData data() {
		return data;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}
}
