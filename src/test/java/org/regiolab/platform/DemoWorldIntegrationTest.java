package org.regiolab.platform;

import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo world holds the seeds' facts, once. */
@IntegrationTest
class DemoWorldIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoWorldLoader loader;

	@Test
	void holdsTheAlliancesOfTheSeedsWithTheTenBbwaOffices() {
		assertThat(names("alliance")).contains("Wirtschaftsallianz Bottrop", "Metropolregion Nürnberg",
				"Regionale Industrieinitiativen", "BBWA Friedrichshain-Kreuzberg");
		assertThat(count("select count(*) from alliance where kind = 'DISTRICT_ALLIANCE'")).isEqualTo(10);
		assertThat(jdbc.sql("select vision from alliance where name = 'Metropolregion Nürnberg'").query(String.class)
			.single()).isEqualTo("Heimat für Kreative");
	}

	@Test
	void holdsBottropsThreeReallaboreJosephsAndTheKosiLabWithTheirCoordinators() {
		assertThat(names("lab")).contains("Hybride Formen des Handels",
				"Digitale Koproduktion im Handwerk", "Fachkräftesicherung", "JOSEPHS", "KoSI-Lab");
		assertThat(count("""
				select count(*) from lab l join alliance a on a.id = l.alliance
				where a.name = 'Wirtschaftsallianz Bottrop' and l.kind = 'REALLABOR'
				  and l.coordinator = (select id from organisation where name like 'Amt für Wirtschaftsförderung%')
				""")).isEqualTo(3);
	}

	@Test
	void holdsTheOrganisationsTheSeedsNameAndWhoBelongsToBottropsAlliance() {
		assertThat(names("organisation")).contains("Handwerkskammer Münster", "Kreishandwerkerschaft Emscher-Lippe-West",
				"Hochschule Ruhr West", "Jobcenter Arbeit für Bottrop", "Sozialforschungsstelle Dortmund",
				"Innovationsregion Hohenlohe e. V.", "Unternehmensnetzwerk Neukölln e. V.");
		assertThat(count("""
				select count(*) from alliance_membership m join alliance a on a.id = m.alliance
				where a.name = 'Wirtschaftsallianz Bottrop'""")).isEqualTo(8);
	}

	@Test
	void hasADemoUserForEveryRole() {
		assertThat(jdbc.sql("""
				select r.role from account a join account_role r on r.account = a.id
				where a.email like '%@demo.regiolab.example' order by r.role""").query(String.class).list())
			.containsExactly("ADMIN", "COORDINATOR", "EXPERT", "MEMBER");
	}

	@Test
	void isLoadedOnlyOnce() throws Exception {
		long before = count("select count(*) from organisation");
		ApplicationArguments none = new DefaultApplicationArguments();
		loader.run(none);
		assertThat(count("select count(*) from organisation")).isEqualTo(before);
		assertThat(count("select count(*) from platform_demo_world")).isEqualTo(1);
	}

	private java.util.List<String> names(String table) {
		return jdbc.sql("select name from " + table).query(String.class).list();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
