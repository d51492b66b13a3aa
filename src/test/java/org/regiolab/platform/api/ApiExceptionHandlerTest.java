package org.regiolab.platform.api;

import java.util.NoSuchElementException;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.platform.NotFoundException;
import org.regiolab.support.FailingEndpoints;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Only a {@link NotFoundException} means 404; a stray {@link NoSuchElementException} is a bug: 500, logged. */
@SpringJUnitWebConfig({ FailingEndpoints.class, ApiExceptionHandler.class })
class ApiExceptionHandlerTest {

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();
	private final Logger logger = (Logger) LoggerFactory.getLogger(ApiExceptionHandler.class);

	private MockMvc mvc;

	@BeforeEach
	void setUp(@Autowired WebApplicationContext context) {
		mvc = MockMvcBuilders.webAppContextSetup(context).build();
		log.start();
		logger.addAppender(log);
	}

	@AfterEach
	void tearDown() {
		logger.detachAppender(log);
	}

	@Test
	void anUnknownIdAnswers404() throws Exception {
		mvc.perform(get(FailingEndpoints.API + "unknown"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void aStrayNoSuchElementExceptionAnswers500() throws Exception {
		mvc.perform(get(FailingEndpoints.API + "stray"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.status").value(500))
			.andExpect(jsonPath("$.trace").doesNotExist())
			.andExpect(jsonPath("$.exception").doesNotExist());
	}

	@Test
	void aStrayNoSuchElementExceptionIsLoggedWithItsStackTrace() throws Exception {
		mvc.perform(get(FailingEndpoints.API + "stray"));
		assertThat(log.list).singleElement().satisfies(event -> {
			assertThat(event.getLevel()).hasToString("ERROR");
			assertThat(event.getThrowableProxy().getClassName()).isEqualTo(NoSuchElementException.class.getName());
			assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
		});
	}

	@Test
	void aNotFoundIsNotLoggedAsAnError() throws Exception {
		mvc.perform(get(FailingEndpoints.API + "unknown"));
		assertThat(log.list).noneMatch(event -> event.getLevel().toString().equals("ERROR"));
	}
}
