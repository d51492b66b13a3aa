package org.regiolab.network;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A contact person of the network, with the consents that say what they may be contacted for. */
class Person {

	@Id
	private final UUID id;
	private String givenName;
	private String familyName;
	private @Nullable String email;
	private @Nullable String phone;
	private @Nullable UUID organisation;
	private @Nullable String function;
	private final boolean invented;
	@MappedCollection(idColumn = "person")
	private Set<Consent> consents;
	private final Instant createdAt;
	private Instant updatedAt;
	@Version
	private @Nullable Long version;

	Person(UUID id, String givenName, String familyName, @Nullable String email, @Nullable String phone,
			@Nullable UUID organisation, @Nullable String function, boolean invented, Set<Consent> consents,
			Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.givenName = givenName;
		this.familyName = familyName;
		this.email = email;
		this.phone = phone;
		this.organisation = organisation;
		this.function = function;
		this.invented = invented;
		this.consents = consents;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Person create(PersonData data, boolean invented, Instant now) {
		Person person = new Person(UUID.randomUUID(), "", "", null, null, null, null, invented, Set.of(), now, now, null);
		person.change(data, now);
		return person;
	}

	void change(PersonData data, Instant now) {
		this.givenName = data.givenName().strip();
		this.familyName = data.familyName().strip();
		this.email = data.email() == null || data.email().isBlank() ? null : data.email().strip().toLowerCase(Locale.ROOT);
		this.phone = data.phone() == null || data.phone().isBlank() ? null : data.phone().strip();
		this.organisation = data.organisation();
		this.function = data.function() == null || data.function().isBlank() ? null : data.function().strip();
		this.consents = Set.copyOf(data.consents());
		this.updatedAt = now;
	}

	UUID id() {
		return id;
	}

	PersonData data() {
		return new PersonData(givenName, familyName, email, phone, organisation, function, consents);
	}

	boolean invented() {
		return invented;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}
}
