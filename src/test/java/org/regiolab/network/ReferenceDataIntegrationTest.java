package org.regiolab.network;

import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations load Germany's districts, the WZ 2008 sections and divisions, and the 17 SDGs. */
@IntegrationTest
class ReferenceDataIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void holdsThe400DistrictsAndCitiesOfThe16States() {
		assertThat(count("select count(*) from region")).isEqualTo(400);
		assertThat(count("select count(*) from region_state")).isEqualTo(16);
		assertThat(jdbc.sql("""
				select r.name || ' / ' || r.kind || ' / ' || s.name_de from region r join region_state s on s.key = r.state
				where r.key = '05512'""").query(String.class).single()).isEqualTo("Bottrop / CITY / Nordrhein-Westfalen");
	}

	@Test
	void holdsTheWz2008SectionsAndDivisions() {
		assertThat(count("select count(*) from sector where section is null")).isEqualTo(21);
		assertThat(count("select count(*) from sector where section is not null")).isEqualTo(88);
		assertThat(jdbc.sql("select section from sector where code = '43'").query(String.class).single()).isEqualTo("F");
	}

	@Test
	void holdsThe17SustainableDevelopmentGoalsInGermanAndEnglish() {
		assertThat(count("select count(*) from sdg")).isEqualTo(17);
		assertThat(jdbc.sql("select short_de from sdg where number = 8").query(String.class).single())
			.isEqualTo("Menschenwürdige Arbeit und Wirtschaftswachstum");
		assertThat(jdbc.sql("select short_en from sdg where number = 11").query(String.class).single())
			.isEqualTo("Sustainable cities and communities");
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
