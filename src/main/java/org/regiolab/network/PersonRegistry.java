package org.regiolab.network;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, exports and erases people. The audit log says who changed which fields of
 * whom, never the values, so that erasing a person leaves nothing that identifies them.
 */
@Service
@Transactional
public class PersonRegistry {

	private final People people;
	private final AuditLog audit;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final List<PersonRecords> records;

	PersonRegistry(People people, AuditLog audit, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			List<PersonRecords> records) {
		this.records = List.copyOf(records);
		this.people = people;
		this.audit = audit;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public UUID create(PersonData data) {
		return create(data, false);
	}

	UUID create(PersonData data, boolean invented) {
		check(data, null);
		Person person = people.save(Person.create(data, invented, clock.instant()));
		audit.record("person.created", subject(person.id()), "consents=" + purposes(data));
		return person.id();
	}

	public void update(UUID id, PersonData data) {
		check(data, id);
		Person person = load(id);
		List<String> changed = AuditLog.changedFields(person.data(), data);
		person.change(data, clock.instant());
		people.save(person);
		audit.record("person.changed", subject(id), "changed: " + String.join(", ", changed));
	}

	@Transactional(readOnly = true)
	public Optional<PersonView> find(UUID id) {
		return people.findById(id).map(this::view);
	}

	/** Everything stored about a person, for the person themselves (GDPR art. 15 and 20); the export is logged. */
	public Map<String, Object> export(UUID id) {
		PersonView person = find(id).orElseThrow(() -> NotFoundException.of("person", id));
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("person", person);
		export.put("history", audit.history(subject(id)));
		for (PersonRecords module : records) {
			List<?> found = module.of(id);
			if (!found.isEmpty()) {
				export.put(module.name(), found);
			}
		}
		audit.record("person.exported", subject(id), null);
		return export;
	}

	/** Removes the person; other modules replace their traces with an anonymous marker. */
	public void erase(UUID id) {
		Person person = load(id);
		people.delete(person);
		events.publishEvent(new PersonErased(id, person.data().email()));
		audit.record("person.erased", subject(id), null);
	}

	private void check(PersonData data, @Nullable UUID self) {
		if (data.email() != null && !data.email().isBlank()) {
			people.findByEmail(data.email().strip().toLowerCase(java.util.Locale.ROOT))
				.filter(other -> !other.id().equals(self))
				.ifPresent(other -> {
					throw new InvalidInputException("email", "network.person.email.taken", "Email already used");
				});
		}
		if (data.organisation() != null && jdbc.sql("select count(*) from organisation where id = ?")
			.param(data.organisation()).query(Long.class).single() == 0) {
			throw new InvalidInputException("organizationId", "network.person.organisation.unknown", "Unknown organisation");
		}
	}

	private PersonView view(Person person) {
		String organisationName = person.data().organisation() == null ? null
				: jdbc.sql("select name from organisation where id = ?").param(person.data().organisation())
					.query(String.class).optional().orElse(null);
		return new PersonView(person.id(), person.data(), organisationName, person.invented(), person.createdAt(),
				person.updatedAt());
	}

	private Person load(UUID id) {
		return people.findById(id).orElseThrow(() -> NotFoundException.of("person", id));
	}

	private static String purposes(PersonData data) {
		return data.consents().stream().map(consent -> consent.purpose().name()).sorted().toList().toString();
	}

	private static String subject(UUID id) {
		return "person:" + id;
	}
}
