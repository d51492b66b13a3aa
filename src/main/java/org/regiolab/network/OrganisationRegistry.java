package org.regiolab.network;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and removes organisations. Each call is one transaction that checks the
 * reference keys and writes the audit log, so nothing is half-written.
 */
@NamedInterface("api")
@Service
@Transactional
public class OrganisationRegistry {

	private final Organisations organisations;
	private final ReferenceData reference;
	private final AuditLog audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	OrganisationRegistry(Organisations organisations, ReferenceData reference, AuditLog audit, JdbcClient jdbc,
			Clock clock) {
		this.organisations = organisations;
		this.reference = reference;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public UUID create(OrganisationData data) {
		OrganisationData clean = tidy(data);
		reference.requireKnown(clean.sectorCode(), clean.regionKey());
		Organisation organisation = organisations.save(Organisation.create(clean, clock.instant()));
		audit.record("organisation.created", subject(organisation.id()), clean.name());
		return organisation.id();
	}

	public void update(UUID id, OrganisationData data) {
		OrganisationData clean = tidy(data);
		reference.requireKnown(clean.sectorCode(), clean.regionKey());
		Organisation organisation = load(id);
		OrganisationData before = organisation.data();
		organisation.change(clean, clock.instant());
		organisations.save(organisation);
		audit.record("organisation.changed", subject(id), "changed: " + String.join(", ", AuditLog.changedFields(before, clean)));
	}

	public void delete(UUID id) {
		Organisation organisation = load(id);
		organisations.delete(organisation);
		audit.record("organisation.deleted", subject(id), organisation.data().name());
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationView> find(UUID id) {
		return organisations.findById(id).map(organisation -> new OrganisationView(organisation.id(),
				organisation.data(), sectorTitle(organisation.data().sectorCode()),
				regionName(organisation.data().regionKey()), organisation.createdAt(), organisation.updatedAt()));
	}

	private Organisation load(UUID id) {
		return organisations.findById(id).orElseThrow(() -> NotFoundException.of("organisation", id));
	}

	private @Nullable String sectorTitle(@Nullable String code) {
		return code == null ? null
				: jdbc.sql("select title_de from sector where code = ?").param(code).query(String.class).optional().orElse(null);
	}

	private @Nullable String regionName(@Nullable String key) {
		return key == null ? null
				: jdbc.sql("select name from region where key = ?").param(key).query(String.class).optional().orElse(null);
	}

	private static OrganisationData tidy(OrganisationData data) {
		return new OrganisationData(data.name().strip(), data.kind(), Texts.blankToNull(data.sectorCode()),
				Texts.blankToNull(data.regionKey()), Texts.blankToNull(data.street()), Texts.blankToNull(data.postalCode()),
				Texts.blankToNull(data.city()), Texts.blankToNull(data.website()), Texts.blankToNull(data.description()));
	}

	private static String subject(UUID id) {
		return "organisation:" + id;
	}
}
