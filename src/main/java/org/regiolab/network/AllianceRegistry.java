package org.regiolab.network;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and removes alliances and their memberships, one transaction and audit entry each. */
@Service
@Transactional
public class AllianceRegistry {

	private final JdbcClient jdbc;
	private final ReferenceData reference;
	private final AuditLog audit;

	AllianceRegistry(JdbcClient jdbc, ReferenceData reference, AuditLog audit) {
		this.jdbc = jdbc;
		this.reference = reference;
		this.audit = audit;
	}

	public UUID create(AllianceData data) {
		UUID id = UUID.randomUUID();
		requireUniqueName(data.name(), null);
		jdbc.sql("insert into alliance (id, name, kind) values (?, ?, ?)").params(id, data.name().strip(), data.kind().name())
			.update();
		write(id, data);
		audit.record("alliance.created", subject(id), data.name().strip());
		return id;
	}

	public void update(UUID id, AllianceData data) {
		requireExists(id);
		requireUniqueName(data.name(), id);
		write(id, data);
		audit.record("alliance.changed", subject(id), data.name().strip());
	}

	public void delete(UUID id) {
		requireExists(id);
		jdbc.sql("delete from alliance where id = ?").param(id).update();
		audit.record("alliance.deleted", subject(id), null);
	}

	/** Adds an organisation to the alliance, or changes its role if it is a member already. */
	public void addMember(UUID alliance, UUID organisation, MembershipRole role, @Nullable LocalDate since) {
		requireExists(alliance);
		if (jdbc.sql("select count(*) from organisation where id = ?").param(organisation).query(Long.class).single() == 0) {
			throw new InvalidInputException("organizationId", "network.person.organisation.unknown", "Unknown organisation");
		}
		jdbc.sql("""
				insert into alliance_membership (alliance, organisation, role, since) values (?, ?, ?, ?)
				on conflict (alliance, organisation) do update set role = excluded.role, since = excluded.since""")
			.params(alliance, organisation, role.name(), since)
			.update();
		audit.record("alliance.member-added", subject(alliance), "organisation:" + organisation + " as " + role);
	}

	private void write(UUID id, AllianceData data) {
		for (String key : data.regionKeys()) {
			reference.requireKnown(null, key);
		}
		jdbc.sql("""
				update alliance set name = ?, kind = ?, vision = ?, description = ?, goals = ?, ground_rules = ?
				where id = ?""")
			.params(data.name().strip(), data.kind().name(), Texts.blankToNull(data.vision()), Texts.blankToNull(data.description()),
					texts(data.goals()), texts(data.groundRules()), id)
			.update();
		jdbc.sql("delete from alliance_region where alliance = ?").param(id).update();
		data.regionKeys().stream().distinct().forEach(key ->
				jdbc.sql("insert into alliance_region (alliance, region) values (?, ?)").params(id, key).update());
	}

	private void requireUniqueName(String name, @Nullable UUID self) {
		boolean taken = jdbc.sql("select count(*) from alliance where lower(name) = lower(?) and id is distinct from cast(? as uuid)")
			.params(name.strip(), self).query(Long.class).single() > 0;
		if (taken) {
			throw new InvalidInputException("name", "network.alliance.name.taken", "Alliance name taken");
		}
	}

	private void requireExists(UUID id) {
		if (jdbc.sql("select count(*) from alliance where id = ?").param(id).query(Long.class).single() == 0) {
			throw NotFoundException.of("alliance", id);
		}
	}

	private static String[] texts(List<String> values) {
		return values.stream().map(String::strip).filter(value -> !value.isEmpty()).toArray(String[]::new);
	}

	private static String subject(UUID id) {
		return "alliance:" + id;
	}
}
