package org.regiolab.network;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate row of an import into the organisation or person that exists already: the
 * row fills what the existing one lacks and never overwrites what the office has entered.
 */
@Service
@Transactional
public class ImportMerge {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final OrganisationRegistry organisations;
	private final PersonRegistry people;

	ImportMerge(JdbcClient jdbc, JsonMapper json, OrganisationRegistry organisations, PersonRegistry people) {
		this.jdbc = jdbc;
		this.json = json;
		this.organisations = organisations;
		this.people = people;
	}

	/** @return the id of the organisation or person merged into */
	public UUID merge(UUID job, int row) {
		var stored = jdbc.sql("select kind, duplicates::text as duplicates from import_job where id = ? for update")
			.param(job)
			.query((rs, n) -> Map.entry(ImportKind.valueOf(rs.getString("kind")), rs.getString("duplicates")))
			.optional()
			.orElseThrow(() -> NotFoundException.of("import", job));
		List<ImportDuplicate> duplicates = json.readValue(stored.getValue(), new TypeReference<List<ImportDuplicate>>() {
		});
		ImportDuplicate duplicate = duplicates.stream()
			.filter(candidate -> candidate.row() == row && candidate.existing() != null && !candidate.merged())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No duplicate to merge in row " + row));
		Map<String, String> values = duplicate.values();
		UUID target = duplicate.existing();
		if (stored.getKey() == ImportKind.ORGANIZATIONS) {
			OrganisationData o = organisations.find(target).orElseThrow(() -> NotFoundException.of("organisation", target)).data();
			organisations.update(target, new OrganisationData(o.name(), o.kind(), fill(o.sectorCode(), values, "sectorCode"),
					fill(o.regionKey(), values, "regionKey"), fill(o.street(), values, "street"),
					fill(o.postalCode(), values, "postalCode"), fill(o.city(), values, "city"),
					fill(o.website(), values, "website"), fill(o.description(), values, "description")));
		}
		else {
			PersonData p = people.find(target).orElseThrow(() -> NotFoundException.of("person", target)).data();
			people.update(target, new PersonData(p.givenName(), p.familyName(), p.email(), fill(p.phone(), values, "phone"),
					p.organisation() != null ? p.organisation() : fill(p.organisation(), values, "organisation", UUID::fromString),
					fill(p.function(), values, "function"), p.consents()));
		}
		List<ImportDuplicate> updated = duplicates.stream()
			.map(candidate -> candidate == duplicate ? candidate.mergedInto() : candidate)
			.toList();
		jdbc.sql("update import_job set duplicates = cast(? as jsonb) where id = ?")
			.params(json.writeValueAsString(updated), job)
			.update();
		return target;
	}

	private static @Nullable String fill(@Nullable String current, Map<String, String> values, String field) {
		return fill(current, values, field, Function.identity());
	}

	private static <T> @Nullable T fill(@Nullable T current, Map<String, String> values, String field,
			Function<String, T> parse) {
		return current != null || !values.containsKey(field) ? current : parse.apply(values.get(field));
	}
}
