package org.regiolab.web;

import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.platform.NotFoundException;
import org.regiolab.support.FailingEndpoints;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A page shows the 404 page only for a {@link NotFoundException}; anything else goes on to the
 * servlet container, which logs it and shows the 500 page ({@link ErrorPages}).
 */
@SpringJUnitWebConfig({ FailingEndpoints.class, MissingThingAdvice.class })
class MissingThingAdviceTest {

	private MockMvc mvc;

	@BeforeEach
	void setUp(@Autowired WebApplicationContext context) {
		mvc = MockMvcBuilders.webAppContextSetup(context).build();
	}

	@Test
	void anUnknownIdShowsThe404Page() throws Exception {
		mvc.perform(get(FailingEndpoints.PAGE + "unknown")).andExpect(status().isNotFound()).andExpect(view().name(ErrorPages.VIEW));
	}

	@Test
	void aStrayNoSuchElementExceptionIsLeftToTheContainer() {
		assertThatThrownBy(() -> mvc.perform(get(FailingEndpoints.PAGE + "stray")))
			.hasRootCauseInstanceOf(NoSuchElementException.class);
	}
}
