package org.regiolab.labs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.regiolab.accounts.AuditLog;
import org.regiolab.labs.CertificationData.Criterion;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The certifications of labs, their criteria and when they are due for renewal. */
@Service
@Transactional
public class Certifications {

	/** A certification with its lab and how it stands today. */
	public record Certification(UUID id, UUID lab, String labName, CertificationData data, LocalDate renewsOn,
			long daysLeft) {

		/** Renewal is overdue: the certification has lapsed. */
		public boolean lapsed() {
			return daysLeft < 0;
		}
	}

	private final JdbcClient jdbc;
	private final LabRegistry labs;
	private final AuditLog audit;
	private final Clock clock;

	Certifications(JdbcClient jdbc, LabRegistry labs, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.labs = labs;
		this.audit = audit;
		this.clock = clock;
	}

	public UUID create(UUID lab, CertificationData data) {
		labs.load(lab);
		CertificationData clean = checked(data);
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into certification (id, lab, name, awarded_on, validity_months) values (?, ?, ?, ?, ?)")
			.params(id, lab, clean.name(), clean.awardedOn(), clean.validityMonths())
			.update();
		writeCriteria(id, clean.criteria());
		audit.record("certification.created", subject(id), clean.name());
		return id;
	}

	public void update(UUID id, CertificationData data) {
		CertificationData before = load(id).data();
		CertificationData clean = checked(data);
		jdbc.sql("update certification set name = ?, awarded_on = ?, validity_months = ?, updated_at = now() where id = ?")
			.params(clean.name(), clean.awardedOn(), clean.validityMonths(), id)
			.update();
		jdbc.sql("delete from certification_criterion where certification = ?").param(id).update();
		writeCriteria(id, clean.criteria());
		audit.record("certification.changed", subject(id),
				"changed: " + String.join(", ", AuditLog.changedFields(before, clean)));
	}

	public void delete(UUID id) {
		Certification certification = load(id);
		jdbc.sql("delete from certification where id = ?").param(id).update();
		audit.record("certification.deleted", subject(id), certification.data().name());
	}

	@Transactional(readOnly = true)
	public Optional<Certification> find(UUID id) {
		return read("c.id = ?", id).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public Certification load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of("certification", id));
	}

	@Transactional(readOnly = true)
	public List<Certification> ofLab(UUID lab) {
		return read("c.lab = ?", lab);
	}

	/**
	 * The certifications to renew within {@code days} from today, the lapsed ones included, the
	 * most urgent first.
	 */
	@Transactional(readOnly = true)
	public List<Certification> dueWithin(int days) {
		return read("c.renews_on <= ?", LocalDate.now(clock).plusDays(days));
	}

	private List<Certification> read(String condition, Object value) {
		LocalDate today = LocalDate.now(clock);
		// the condition is one of the constants above, never input
		List<Certification> certifications = jdbc.sql("""
				select c.id, c.lab, l.name as lab_name, c.name, c.awarded_on, c.validity_months, c.renews_on
				from certification c join lab l on l.id = c.lab
				where %s order by c.renews_on, lower(c.name), c.id""".formatted(condition))
			.param(value)
			.query((rs, row) -> {
				LocalDate renewsOn = rs.getDate("renews_on").toLocalDate();
				return new Certification(rs.getObject("id", UUID.class), rs.getObject("lab", UUID.class),
						rs.getString("lab_name"), new CertificationData(rs.getString("name"),
								rs.getDate("awarded_on").toLocalDate(), rs.getInt("validity_months"), List.of()),
						renewsOn, ChronoUnit.DAYS.between(today, renewsOn));
			})
			.list();
		Map<UUID, List<Criterion>> criteria = criteria(certifications.stream().map(Certification::id).toArray(UUID[]::new));
		return certifications.stream()
			.map(c -> new Certification(c.id(), c.lab(), c.labName(), new CertificationData(c.data().name(),
					c.data().awardedOn(), c.data().validityMonths(), criteria.getOrDefault(c.id(), List.of())),
					c.renewsOn(), c.daysLeft()))
			.toList();
	}

	private Map<UUID, List<Criterion>> criteria(UUID[] certifications) {
		Map<UUID, List<Criterion>> criteria = new LinkedHashMap<>();
		if (certifications.length > 0) {
			jdbc.sql("""
					select certification, text, met, evidence from certification_criterion
					where certification = any(?) order by certification, position""")
				.param(certifications)
				.query(rs -> {
					criteria.computeIfAbsent(rs.getObject("certification", UUID.class), id -> new ArrayList<>())
						.add(new Criterion(rs.getString("text"), rs.getBoolean("met"), rs.getString("evidence")));
				});
		}
		return criteria;
	}

	private void writeCriteria(UUID certification, List<Criterion> criteria) {
		for (int i = 0; i < criteria.size(); i++) {
			Criterion criterion = criteria.get(i);
			jdbc.sql("insert into certification_criterion (certification, position, text, met, evidence) values (?, ?, ?, ?, ?)")
				.params(certification, i, criterion.text(), criterion.met(), criterion.evidence())
				.update();
		}
	}

	private static CertificationData checked(CertificationData data) {
		String name = Texts.blankToNull(data.name());
		if (name == null || name.length() > 200) {
			throw new InvalidInputException("name", "certification.name.invalid", "Name blank or too long");
		}
		if (data.awardedOn().isBefore(ResultDate.EARLIEST) || data.awardedOn().isAfter(ResultDate.LATEST)) {
			throw new InvalidInputException("awardedOn", "certification.awardedOn.invalid", "Award date out of range");
		}
		if (data.validityMonths() < 1 || data.validityMonths() > 240) {
			throw new InvalidInputException("validityMonths", "certification.validity.invalid", "Validity out of range");
		}
		List<Criterion> criteria = data.criteria().stream()
			.filter(criterion -> Texts.blankToNull(criterion.text()) != null)
			.map(criterion -> new Criterion(criterion.text().strip(), criterion.met(), Texts.blankToNull(criterion.evidence())))
			.toList();
		if (criteria.size() > 50 || criteria.stream().anyMatch(c -> c.text().length() > 1000
				|| (c.evidence() != null && c.evidence().length() > 2000))) {
			throw new InvalidInputException("criteria", "certification.criteria.invalid", "Criteria too many or too long");
		}
		return new CertificationData(name, data.awardedOn(), data.validityMonths(), criteria);
	}

	private static String subject(UUID id) {
		return "certification:" + id;
	}
}
