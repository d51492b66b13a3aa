package org.regiolab.network;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every organisation picker at 100,000 organisations: the search finds the last of them, and every form that
 * uses the picker saves it. The 100,000 are inserted for this class alone and removed after it, so the other
 * tests on the shared database see the demo world as they expect it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationPickerIntegrationTest {

	static final RequestPostProcessor MEMBER = user("mitglied@demo.regiolab.example").roles("MEMBER");
	static final RequestPostProcessor COORDINATOR = user("koordination@demo.regiolab.example").roles("COORDINATOR");
	static final String PREFIX = "Prüfbetrieb Nr. ";
	static final String LAST = PREFIX + "100000";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	UUID last;

	@BeforeAll
	void oneHundredThousandOrganisations() {
		jdbc.sql("""
				insert into organisation (id, name, kind, city)
				select gen_random_uuid(), :prefix || n, 'COMPANY', 'Bottrop' from generate_series(1, 100000) n""")
			.param("prefix", PREFIX)
			.update();
		jdbc.sql("analyze organisation").update();
		last = jdbc.sql("select id from organisation where name = ?").param(LAST).query(UUID.class).single();
	}

	@AfterAll
	void removeThem() {
		// stations and labs refer to organisations by id only, without a foreign key
		String ours = "(select id from organisation where name like 'Prüfbetrieb Nr. %')";
		jdbc.sql("update station set organisation = null where organisation in " + ours).update();
		jdbc.sql("update lab set coordinator = null where coordinator in " + ours).update();
		jdbc.sql("delete from lab_member where organisation in " + ours).update();
		jdbc.sql("delete from organisation where name like 'Prüfbetrieb Nr. %'").update();
	}

	@Test
	void theChoicesFindOrganisationNumberOneHundredThousandByName() throws Exception {
		mvc.perform(get("/network/organisations/choices").param("q", LAST).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(last.toString()))
			.andExpect(jsonPath("$[0].name").value(LAST))
			.andExpect(jsonPath("$[0].city").value("Bottrop"));
	}

	@ParameterizedTest(name = "q = {0}")
	@ValueSource(strings = { "", " ", "%", "_", "\\", "a'b", "&|!", "(", ":*", "\u0000", "Stadt\u0000Bottrop", "\t" })
	void anyTypedTextGetsChoicesNotAnError(String typed) throws Exception {
		mvc.perform(get("/network/organisations/choices").param("q", typed).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isArray());
	}

	@Test
	void anAddressWithoutAQueryGetsNoChoices() throws Exception {
		mvc.perform(get("/network/organisations/choices").with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void theNameAsTypedComesFirst() throws Exception {
		mvc.perform(get("/network/organisations/choices").param("q", "stadt bottrop").with(MEMBER))
			.andExpect(jsonPath("$[0].name").value("Stadt Bottrop"));
	}

	@Test
	void theChoicesOfferTwentyAtMostWhenAllHundredThousandMatch() throws Exception {
		mvc.perform(get("/network/organisations/choices").param("q", "Prüfbetrieb").with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(OrganisationChoices.LIMIT));
	}

	@Test
	void theSearchButtonWithoutJavaScriptOffersTheFoundOrganisationAndKeepsTheInput() throws Exception {
		mvc.perform(post("/network/people").with(csrf()).with(COORDINATOR).param("givenName", "Paula")
				.param("pick", "organizationId").param("organizationIdQuery", LAST))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + last + "\""), containsString("value=\"Paula\""))));
		assertThat(jdbc.sql("select count(*) from person where given_name = 'Paula'").query(Long.class).single()).isZero();
	}

	@Test
	void aLabsSearchWithoutJavaScriptKeepsTheChosenMemberAndOffersTheFoundOneBesideIt() throws Exception {
		UUID chosen = jdbc.sql("select id from organisation where name = ?").param(PREFIX + "7").query(UUID.class).single();
		mvc.perform(post("/labs").with(csrf()).with(COORDINATOR).param("name", "Suchlabor").param("kind", "REALLABOR")
				.param("memberIds", chosen.toString()).param("pick", "memberIds").param("memberIdsQuery", LAST))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"memberIds-" + chosen + "\" name=\"memberIds\" value=\""
					+ chosen + "\" checked=\"checked\""), containsString("id=\"memberIds-" + last + "\""))));
		assertThat(jdbc.sql("select count(*) from lab where name = 'Suchlabor'").query(Long.class).single()).isZero();
	}

	@Test
	void theOrganisationsCsvHasAllHundredThousandRowsAndAHeader() throws Exception {
		var result = mvc.perform(get("/network/organisations/export").param("q", "Prüfbetrieb").with(MEMBER))
			.andExpect(status().isOk())
			.andReturn();
		// 100,000 rows take longer than MockMvc's ten seconds on a busy machine
		result.getAsyncResult(120_000);
		String csv = mvc.perform(asyncDispatch(result)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(100_001);
	}

	@Test
	void aStationSavesOrganisationNumberOneHundredThousand() throws Exception {
		UUID world = jdbc.sql("select id from themed_world order by id limit 1").query(UUID.class).single();
		mvc.perform(post("/stations").param("world", world.toString()).with(csrf()).with(COORDINATOR)
				.param("name", "Prüfstation Hunderttausend").param("organizationId", last.toString()))
			.andExpect(redirectedUrlPattern("/stations/*"));
		assertThat(jdbc.sql("select organisation from station where name = 'Prüfstation Hunderttausend'").query(UUID.class)
			.single()).isEqualTo(last);
	}

	@Test
	void aPersonSavesOrganisationNumberOneHundredThousand() throws Exception {
		String email = "hunderttausend-" + UUID.randomUUID() + "@example.org";
		mvc.perform(post("/network/people").with(csrf()).with(COORDINATOR).param("givenName", "Hanna")
				.param("familyName", "Hundert").param("email", email).param("organizationId", last.toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select organisation from person where email = ?").param(email).query(UUID.class).single())
			.isEqualTo(last);
	}

	@Test
	void aLabSavesOrganisationNumberOneHundredThousandAsCoordinatorAndMember() throws Exception {
		mvc.perform(post("/labs").with(csrf()).with(COORDINATOR).param("name", "Prüflabor Hunderttausend")
				.param("kind", "REALLABOR").param("coordinatorId", last.toString()).param("memberIds", last.toString()))
			.andExpect(status().is3xxRedirection());
		UUID lab = jdbc.sql("select id from lab where name = 'Prüflabor Hunderttausend'").query(UUID.class).single();
		assertThat(jdbc.sql("select coordinator from lab where id = ?").param(lab).query(UUID.class).single())
			.isEqualTo(last);
		assertThat(jdbc.sql("select organisation from lab_member where lab = ?").param(lab).query(UUID.class).list())
			.containsExactly(last);
	}

	@Test
	void anAllianceTakesOrganisationNumberOneHundredThousandAsMember() throws Exception {
		UUID alliance = jdbc.sql("select id from alliance order by name limit 1").query(UUID.class).single();
		mvc.perform(post("/network/alliances/{id}/members", alliance).with(csrf()).with(COORDINATOR)
				.param("organizationId", last.toString()).param("role", "MEMBER"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from alliance_membership where alliance = ? and organisation = ?")
			.params(alliance, last).query(Long.class).single()).isOne();
	}
}
