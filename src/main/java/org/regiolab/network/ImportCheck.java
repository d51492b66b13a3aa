package org.regiolab.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks every row of an import against the same rules as the forms and the reference data, and
 * sorts the rows into good ones, problems and duplicates. It reads the reference data and the
 * existing keys once, so 50,000 rows need no 50,000 queries.
 */
final class ImportCheck {

	static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	static final Pattern PHONE = Pattern.compile("[0-9 +()/-]{3,50}");
	static final int PROGRESS_STEP = 500;

	static final Map<String, OrganisationKind> KIND_WORDS = Map.ofEntries(Map.entry("unternehmen", OrganisationKind.COMPANY),
			Map.entry("firma", OrganisationKind.COMPANY), Map.entry("handwerksbetrieb", OrganisationKind.CRAFT_BUSINESS),
			Map.entry("handwerk", OrganisationKind.CRAFT_BUSINESS), Map.entry("kommune", OrganisationKind.MUNICIPALITY),
			Map.entry("gemeinde", OrganisationKind.MUNICIPALITY), Map.entry("stadt", OrganisationKind.MUNICIPALITY),
			Map.entry("amt", OrganisationKind.CITY_DEPARTMENT), Map.entry("kammer", OrganisationKind.CHAMBER),
			Map.entry("verein", OrganisationKind.ASSOCIATION), Map.entry("verband", OrganisationKind.ASSOCIATION),
			Map.entry("forschung", OrganisationKind.RESEARCH), Map.entry("hochschule", OrganisationKind.RESEARCH),
			Map.entry("schule", OrganisationKind.SCHOOL), Map.entry("zivilgesellschaft", OrganisationKind.CIVIL_SOCIETY),
			Map.entry("behorde", OrganisationKind.PUBLIC_AGENCY), Map.entry("sonstige", OrganisationKind.OTHER));

	/** The outcome: what may be created, what is wrong, what exists already. */
	record Result<T>(List<T> good, List<ImportProblem> problems, List<ImportDuplicate> duplicates) {
	}

	private final JdbcClient jdbc;

	ImportCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Result<OrganisationData> organisations(ImportTable table, Map<String, String> mapping, IntConsumer progress) {
		Set<String> sectors = new HashSet<>(jdbc.sql("select code from sector").query(String.class).list());
		Set<String> regions = new HashSet<>(jdbc.sql("select key from region").query(String.class).list());
		Map<String, UUID> existing = new HashMap<>();
		jdbc.sql("select id, name, postal_code from organisation").query((rs, n) -> existing
			.put(duplicateKey(rs.getString("name"), rs.getString("postal_code")), rs.getObject("id", UUID.class))).list();
		Map<String, Integer> seen = new HashMap<>();
		Result<OrganisationData> result = new Result<>(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		Columns columns = new Columns(ImportKind.ORGANIZATIONS, table.headers(), mapping);
		if (columns.header("name") == null) {
			result.problems().add(new ImportProblem(1, "name", "network.import.column.missing"));
			return result;
		}
		for (ImportTable.Row row : table.rows()) {
			Problems problems = new Problems(row, columns);
			String name = problems.required("name", 300);
			OrganisationKind kind = problems.kind();
			String sector = problems.optional("sectorCode", 2, value -> sectors.contains(value), "network.import.sector");
			String region = problems.optional("regionKey", 5, value -> regions.contains(value), "network.import.region");
			String postalCode = problems.optional("postalCode", 5, value -> POSTAL_CODE.matcher(value).matches(),
					"network.import.postalCode");
			String website = problems.website();
			OrganisationData data = new OrganisationData(name == null ? "" : name, kind, sector, region,
					problems.text("street", 200), postalCode, problems.text("city", 200), website,
					problems.text("description", 5000));
			if (problems.none()) {
				sortOut(result, row.number(), data.name(), duplicateKey(data.name(), postalCode), existing, seen, data);
			}
			else {
				result.problems().addAll(problems.found());
			}
			report(progress, row.number() - 1);
		}
		return result;
	}

	Result<PersonData> people(ImportTable table, Map<String, String> mapping, IntConsumer progress) {
		Map<String, UUID> organisations = new HashMap<>();
		jdbc.sql("select id, name from organisation").query((rs, n) -> organisations
			.putIfAbsent(ImportKind.normalise(rs.getString("name")), rs.getObject("id", UUID.class))).list();
		Map<String, UUID> existing = new HashMap<>();
		jdbc.sql("select id, email from person where email is not null")
			.query((rs, n) -> existing.put(rs.getString("email"), rs.getObject("id", UUID.class))).list();
		Map<String, Integer> seen = new HashMap<>();
		Result<PersonData> result = new Result<>(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		Columns columns = new Columns(ImportKind.PEOPLE, table.headers(), mapping);
		for (String required : List.of("givenName", "familyName")) {
			if (columns.header(required) == null) {
				result.problems().add(new ImportProblem(1, required, "network.import.column.missing"));
			}
		}
		if (!result.problems().isEmpty()) {
			return result;
		}
		for (ImportTable.Row row : table.rows()) {
			Problems problems = new Problems(row, columns);
			String given = problems.required("givenName", 200);
			String family = problems.required("familyName", 200);
			String email = problems.optional("email", 320, value -> EMAIL.matcher(value).matches(), "network.import.email");
			String phone = problems.optional("phone", 50, value -> PHONE.matcher(value).matches(), "network.import.phone");
			String organisationName = problems.text("organization", 300);
			UUID organisation = organisationName == null ? null : organisations.get(ImportKind.normalise(organisationName));
			if (organisationName != null && organisation == null) {
				problems.add("organization", "network.import.organisation");
			}
			PersonData data = new PersonData(given == null ? "" : given, family == null ? "" : family,
					email == null ? null : email.toLowerCase(java.util.Locale.ROOT), phone, organisation,
					problems.text("function", 200), Set.of());
			if (problems.none()) {
				String key = data.email() == null ? "row:" + row.number() : data.email();
				sortOut(result, row.number(), data.givenName() + " " + data.familyName(), key, existing, seen, data);
			}
			else {
				result.problems().addAll(problems.found());
			}
			report(progress, row.number() - 1);
		}
		return result;
	}

	private static <T extends Record> void sortOut(Result<T> result, int row, String name, String key,
			Map<String, UUID> existing, Map<String, Integer> seen, T data) {
		if (existing.containsKey(key)) {
			result.duplicates().add(new ImportDuplicate(row, name, existing.get(key), null, values(data), false));
		}
		else if (seen.containsKey(key)) {
			result.duplicates().add(new ImportDuplicate(row, name, null, seen.get(key), values(data), false));
		}
		else {
			seen.put(key, row);
			result.good().add(data);
		}
	}

	/** The row's values by field name, without the empty ones and without consents. */
	static Map<String, String> values(Record data) {
		Map<String, String> values = new java.util.TreeMap<>();
		for (var component : data.getClass().getRecordComponents()) {
			try {
				Object value = component.getAccessor().invoke(data);
				if (value != null && !(value instanceof java.util.Collection<?>) && !value.toString().isBlank()) {
					values.put(component.getName(), value.toString());
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Record accessors are public", ex);
			}
		}
		return values;
	}

	/** Same organisation: same name apart from case, spaces and punctuation, and same postal code. */
	static String duplicateKey(String name, @Nullable String postalCode) {
		return ImportKind.normalise(name) + "|" + (postalCode == null ? "" : postalCode);
	}

	private static void report(IntConsumer progress, int done) {
		if (done % PROGRESS_STEP == 0) {
			progress.accept(done);
		}
	}

	/** Which file column holds which field: as the user mapped it, else as the header says. */
	private static final class Columns {

		private final Map<String, String> headerOfField = new HashMap<>();

		Columns(ImportKind kind, List<String> headers, Map<String, String> mapping) {
			for (String header : headers) {
				String field = mapping.containsKey(header) ? mapping.get(header) : kind.fieldOf(header).orElse(null);
				if (field != null && !field.isBlank()) {
					headerOfField.putIfAbsent(field, header);
				}
			}
		}

		@Nullable String header(String field) {
			return headerOfField.get(field);
		}
	}

	/** The problems of one row, collected while its fields are read. */
	private static final class Problems {

		private final ImportTable.Row row;
		private final Columns columns;
		private final List<ImportProblem> found = new ArrayList<>();

		Problems(ImportTable.Row row, Columns columns) {
			this.row = row;
			this.columns = columns;
		}

		@Nullable String text(String field, int maxLength) {
			String header = columns.header(field);
			String value = header == null ? null : row.cells().get(header);
			if (value == null || value.isBlank()) {
				return null;
			}
			if (value.strip().length() > maxLength) {
				add(field, "network.import.tooLong");
				return null;
			}
			return value.strip();
		}

		@Nullable String required(String field, int maxLength) {
			String value = text(field, maxLength);
			if (value == null && found.stream().noneMatch(problem -> problem.column() != null
					&& problem.column().equals(columns.header(field)))) {
				add(field, "network.import.required");
			}
			return value;
		}

		@Nullable String optional(String field, int maxLength, java.util.function.Predicate<String> valid, String code) {
			String value = text(field, Math.max(maxLength, 320));
			if (value != null && !valid.test(value)) {
				add(field, code);
				return null;
			}
			return value;
		}

		OrganisationKind kind() {
			String value = text("kind", 100);
			if (value == null) {
				return OrganisationKind.OTHER;
			}
			for (OrganisationKind kind : OrganisationKind.values()) {
				if (kind.name().equalsIgnoreCase(value.strip())) {
					return kind;
				}
			}
			OrganisationKind kind = KIND_WORDS.get(ImportKind.normalise(value));
			if (kind == null) {
				add("kind", "network.import.kind");
				return OrganisationKind.OTHER;
			}
			return kind;
		}

		@Nullable String website() {
			String value = text("website", 500);
			if (value == null) {
				return null;
			}
			String withScheme = value.matches("(?i)^https?://.*") ? value : "https://" + value;
			if (!withScheme.matches("^https?://\\S+\\.\\S+$")) {
				add("website", "network.import.website");
				return null;
			}
			return withScheme;
		}

		void add(String field, String code) {
			String header = columns.header(field);
			found.add(new ImportProblem(row.number(), header == null ? field : header, code));
		}

		boolean none() {
			return found.isEmpty();
		}

		List<ImportProblem> found() {
			return found;
		}
	}
}
