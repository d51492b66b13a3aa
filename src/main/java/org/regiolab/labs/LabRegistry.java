package org.regiolab.labs;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.regiolab.accounts.AuditLog;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.network.NetworkDirectory.Entry;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and removes labs; each call is one transaction that checks the network
 * references and writes the audit log. Removing a lab removes its measures and certifications.
 */
@NamedInterface("api")
@Service
@Transactional
public class LabRegistry {

	private final JdbcClient jdbc;
	private final NetworkDirectory network;
	private final AuditLog audit;

	LabRegistry(JdbcClient jdbc, NetworkDirectory network, AuditLog audit) {
		this.jdbc = jdbc;
		this.network = network;
		this.audit = audit;
	}

	public UUID create(LabData data) {
		LabData clean = tidy(data);
		requireKnown(clean);
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into lab (id, name, kind, alliance, coordinator, place, background, goals, phase)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, clean.name(), clean.kind().name(), clean.alliance(), clean.coordinator(), clean.place(),
						clean.background(), clean.goals(), clean.phase())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(clean.name());
		}
		writeMembers(id, clean.members());
		audit.record("lab.created", subject(id), clean.name());
		return id;
	}

	public void update(UUID id, LabData data) {
		LabData clean = tidy(data);
		requireKnown(clean);
		LabData before = load(id).data();
		try {
			jdbc.sql("""
					update lab set name = ?, kind = ?, alliance = ?, coordinator = ?, place = ?, background = ?, goals = ?,
					       phase = ?, updated_at = now()
					where id = ?""")
				.params(clean.name(), clean.kind().name(), clean.alliance(), clean.coordinator(), clean.place(),
						clean.background(), clean.goals(), clean.phase(), id)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(clean.name());
		}
		jdbc.sql("delete from lab_member where lab = ?").param(id).update();
		writeMembers(id, clean.members());
		audit.record("lab.changed", subject(id), "changed: " + String.join(", ", AuditLog.changedFields(before, clean)));
	}

	public void delete(UUID id) {
		LabView lab = load(id);
		jdbc.sql("delete from lab where id = ?").param(id).update();
		audit.record("lab.deleted", subject(id), lab.data().name());
	}

	@Transactional(readOnly = true)
	public Optional<LabView> find(UUID id) {
		return jdbc.sql("""
				select id, name, kind, alliance, coordinator, place, background, goals, phase, created_at, updated_at,
				       array(select organisation from lab_member where lab = lab.id) as members
				from lab where id = ?""")
			.param(id)
			.query((rs, row) -> new Stored(rs.getObject("id", UUID.class),
					new LabData(rs.getString("name"), LabKind.valueOf(rs.getString("kind")), rs.getObject("alliance", UUID.class),
							rs.getObject("coordinator", UUID.class), List.of((UUID[]) rs.getArray("members").getArray()),
							rs.getString("place"), rs.getString("background"), rs.getString("goals"), rs.getString("phase")),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
			.optional()
			.map(this::view);
	}

	/** The lab, or a {@link NotFoundException} that pages and the API answer with 404. */
	@Transactional(readOnly = true)
	public LabView load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of("lab", id));
	}

	private record Stored(UUID id, LabData data, Instant createdAt, Instant updatedAt) {
	}

	private LabView view(Stored lab) {
		Set<UUID> organisations = new HashSet<>(lab.data().members());
		if (lab.data().coordinator() != null) {
			organisations.add(lab.data().coordinator());
		}
		Map<UUID, String> names = network.organisationNames(organisations);
		List<Entry> members = lab.data().members().stream()
			.filter(names::containsKey)
			.map(member -> new Entry(member, names.get(member)))
			.sorted(Comparator.comparing(Entry::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		String alliance = lab.data().alliance() == null ? null
				: network.allianceNames(List.of(lab.data().alliance())).get(lab.data().alliance());
		return new LabView(lab.id(), lab.data(), alliance, names.get(lab.data().coordinator()), members, lab.createdAt(),
				lab.updatedAt());
	}

	private void requireKnown(LabData data) {
		if (data.alliance() != null && network.allianceNames(List.of(data.alliance())).isEmpty()) {
			throw new InvalidInputException("allianceId", "lab.alliance.unknown", "No alliance " + data.alliance());
		}
		if (data.coordinator() != null && network.organisationNames(List.of(data.coordinator())).isEmpty()) {
			throw new InvalidInputException("coordinatorId", "lab.organisation.unknown", "No organisation " + data.coordinator());
		}
		if (network.organisationNames(data.members()).size() != Set.copyOf(data.members()).size()) {
			throw new InvalidInputException("memberIds", "lab.organisation.unknown", "Unknown member organisation");
		}
	}

	private void writeMembers(UUID lab, List<UUID> members) {
		Set.copyOf(members).forEach(member -> jdbc.sql("insert into lab_member (lab, organisation) values (?, ?)")
			.params(lab, member)
			.update());
	}

	private static LabData tidy(LabData data) {
		return new LabData(data.name().strip(), data.kind(), data.alliance(), data.coordinator(), data.members(),
				Texts.blankToNull(data.place()), Texts.blankToNull(data.background()), Texts.blankToNull(data.goals()),
				Texts.blankToNull(data.phase()));
	}

	private static InvalidInputException nameTaken(String name) {
		return new InvalidInputException("name", "lab.name.taken", "A lab is already named " + name);
	}

	private static String subject(UUID id) {
		return "lab:" + id;
	}
}
