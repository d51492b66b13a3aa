package org.regiolab.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The main navigation shows each person the modules' pages that person may open, and no others. */
@IntegrationTest
class NavigationIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anAccountWithoutARoleIsNotLedToTheRegistry() throws Exception {
		mvc.perform(get("/").with(user("betrieb@example.org").authorities(List.of())))
			.andExpect(content().string(not(containsString("href=\"/network/alliances\""))));
	}

	@Test
	void anAccountWithoutARoleIsLedToItsPortalAndItsTokens() throws Exception {
		mvc.perform(get("/").with(user("betrieb@example.org").authorities(List.of())))
			.andExpect(content().string(containsString("href=\"/portal\"")))
			.andExpect(content().string(containsString("href=\"/account/tokens\"")));
	}

	@Test
	void aMemberIsLedToTheRegistryAndTheLabs() throws Exception {
		mvc.perform(get("/").with(user("mitglied@example.org").authorities(new SimpleGrantedAuthority("ROLE_MEMBER"))))
			.andExpect(content().string(containsString("href=\"/network/organisations\"")))
			.andExpect(content().string(containsString("href=\"/labs\"")));
	}

	@Test
	void aMemberIsNotLedToThePeopleOrTheUsers() throws Exception {
		mvc.perform(get("/").with(user("mitglied@example.org").authorities(new SimpleGrantedAuthority("ROLE_MEMBER"))))
			.andExpect(content().string(not(containsString("href=\"/network/people\""))))
			.andExpect(content().string(not(containsString("href=\"/admin/users\""))));
	}

	@Test
	void theEntriesStandInTheOrderOfTheirPositions() throws Exception {
		String page = mvc.perform(get("/").with(user("admin@example.org").authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))))
			.andReturn().getResponse().getContentAsString();
		List<String> order = List.of("/network/alliances", "/network/organisations", "/network/people", "/labs", "/events",
				"/matchmaking", "/portal", "/portal/office", "/admin/users", "/account/tokens");
		List<Integer> positions = order.stream().map(path -> page.indexOf("href=\"" + path + "\"")).toList();
		assertThat(positions).doesNotContain(-1).isSorted();
	}
}
