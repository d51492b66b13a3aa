package org.regiolab.labs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.regiolab.accounts.AuditLog;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.Slug;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curated list of megatrends measures are tagged with (Digitalisierung, Demografischer
 * Wandel, …). Administrators add to it; a code never changes, so tags stay valid.
 */
@Component
public class Megatrends {

	/** A megatrend with its stable code and its names. */
	public record Megatrend(String code, String nameDe, String nameEn) {

		public String name(Locale locale) {
			return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameDe;
		}
	}

	private final JdbcClient jdbc;
	private final AuditLog audit;

	Megatrends(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public List<Megatrend> all() {
		return jdbc.sql("select code, name_de, name_en from megatrend order by position, code").query(Megatrend.class).list();
	}

	public Map<String, Megatrend> byCode() {
		return all().stream().collect(Collectors.toMap(Megatrend::code, Function.identity()));
	}

	/**
	 * The codes of the given megatrends, each named by its code or by its German or English name
	 * in any case; an unknown one is invalid input of {@code field}.
	 */
	public List<String> resolve(List<String> codesOrNames, String field) {
		List<Megatrend> known = all();
		Set<String> codes = new LinkedHashSet<>();
		for (String given : codesOrNames) {
			String wanted = given.strip();
			codes.add(known.stream()
				.filter(trend -> trend.code().equalsIgnoreCase(wanted) || trend.nameDe().equalsIgnoreCase(wanted)
						|| trend.nameEn().equalsIgnoreCase(wanted))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException(field, "measure.megatrend.unknown", "No megatrend " + wanted))
				.code());
		}
		return new ArrayList<>(codes);
	}

	/** Adds a megatrend at the end of the list; its code comes from the English name. */
	@Transactional
	public Megatrend add(String nameDe, String nameEn) {
		Megatrend trend = new Megatrend(Slug.of(nameEn, 60), nameDe.strip(), nameEn.strip());
		if (trend.code().isEmpty()) {
			throw new InvalidInputException("nameEn", "megatrend.name.invalid", "No letters in " + nameEn);
		}
		try {
			jdbc.sql("""
					insert into megatrend (code, name_de, name_en, position)
					values (?, ?, ?, (select coalesce(max(position), 0) + 10 from megatrend))""")
				.params(trend.code(), trend.nameDe(), trend.nameEn())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("nameDe", "megatrend.name.taken", "Megatrend exists: " + nameDe);
		}
		audit.record("megatrend.created", "megatrend:" + trend.code(), trend.nameDe());
		return trend;
	}

}
