package org.regiolab.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole application, served on a random port, on the shared embedded
 * PostgreSQL with the demo world loaded, sending mail to the shared {@link TestMailServer}. MockMvc
 * is at hand for what needs no real HTTP; error answers need {@link LiveHttp}, because only a real
 * servlet container forwards them to the error controller. All such tests share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "regiolab.demo=true",
		// each Spring context its own search index, under target/
		"regiolab.portal.index-dir=target/portal-index/${random.uuid}" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = { TestDatabase.class, TestMailServer.class })
public @interface IntegrationTest {
}
