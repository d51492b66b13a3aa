package org.regiolab.accounts;

import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ten wrong passwords within 15 minutes are allowed; the eleventh attempt is refused with 429,
 * for one account from anywhere and for one address whatever account it tries. Each test uses its
 * own accounts and addresses, so that it neither depends on nor disturbs the others.
 */
@IntegrationTest
class LoginThrottleIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Test
	void theEleventhFailedFormLoginForOneAccountIsRefusedEvenWithTheRightPassword() throws Exception {
		String email = createAccount("form-throttle");
		for (int attempt = 1; attempt <= 10; attempt++) {
			mvc.perform(formLogin(email, "wrong password", from("10.0.0." + attempt)))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin(email, "Richtiges-Passwort-2026", from("10.0.1.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"));
	}

	@Test
	void theEleventhFailedApiLoginFromOneAddressIsRefusedWhateverTheAccount() throws Exception {
		for (int attempt = 1; attempt <= 10; attempt++) {
			mvc.perform(get("/api/v1/me").with(httpBasic("nobody" + attempt + "@example.org", "guess")).with(from("10.0.2.1")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/me").with(httpBasic("someone-else@example.org", "guess")).with(from("10.0.2.1")))
			.andExpect(status().isTooManyRequests());
		String email = createAccount("api-throttle-other-address");
		mvc.perform(get("/api/v1/me").with(httpBasic(email, "Richtiges-Passwort-2026")).with(from("10.0.2.2")))
			.andExpect(status().isOk());
	}

	@Test
	void aRightPasswordBeforeTheLimitSignsIn() throws Exception {
		String email = createAccount("below-limit");
		for (int attempt = 1; attempt <= 9; attempt++) {
			mvc.perform(formLogin(email, "wrong password", from("10.0.3.1"))).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin(email, "Richtiges-Passwort-2026", from("10.0.3.1"))).andExpect(redirectedUrl("/"));
	}

	private String createAccount(String name) {
		String email = name + "-" + System.nanoTime() + "@example.org";
		administration.createWithPassword(email, name, "Richtiges-Passwort-2026", java.util.Set.of(Role.MEMBER));
		return email;
	}

	private static org.springframework.test.web.servlet.RequestBuilder formLogin(String email, String password,
			RequestPostProcessor address) {
		return post("/login").param("username", email).param("password", password).with(csrf()).with(address);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
