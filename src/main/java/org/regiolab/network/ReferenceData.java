package org.regiolab.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** Regions (official keys) and sectors (WZ 2008) as forms offer them and input is checked against. */
@NamedInterface("api")
@Component
public class ReferenceData {

	/** A key and its name in the reader's language. */
	public record Entry(String key, String name) {
	}

	private final JdbcClient jdbc;

	ReferenceData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Entry> regions() {
		return jdbc.sql("select key, name || ' (' || key || ')' as name from region order by name, key")
			.query(Entry.class)
			.list();
	}

	/** The WZ 2008 divisions, each named with its code. */
	public List<Entry> sectors(boolean german) {
		return jdbc.sql("select code as key, code || ' – ' || " + (german ? "title_de" : "title_en")
				+ " as name from sector where section is not null order by code")
			.query(Entry.class)
			.list();
	}

	/** The 17 Sustainable Development Goals: number and short title. */
	public List<Entry> sdgs(boolean german) {
		return jdbc.sql("select cast(number as text) as key, " + (german ? "short_de" : "short_en")
				+ " as name from sdg order by number")
			.query(Entry.class)
			.list();
	}

	void requireKnown(@Nullable String sectorCode, @Nullable String regionKey) {
		if (sectorCode != null && !exists("select exists (select 1 from sector where code = ?)", sectorCode)) {
			throw new InvalidReferenceException("sectorCode", sectorCode);
		}
		if (regionKey != null && !exists("select exists (select 1 from region where key = ?)", regionKey)) {
			throw new InvalidReferenceException("regionKey", regionKey);
		}
	}

	private boolean exists(String sql, String key) {
		return jdbc.sql(sql).param(key).query(Boolean.class).single();
	}
}
