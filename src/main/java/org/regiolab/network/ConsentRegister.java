package org.regiolab.network;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a person may be contacted for a purpose on a day. Every module that sends something to
 * people (invitations, newsletters, surveys) asks here first: no consent, no message.
 */
@Component
public class ConsentRegister {

	private final JdbcClient jdbc;

	ConsentRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean mayContact(UUID person, ConsentPurpose purpose, LocalDate day) {
		return jdbc.sql("select " + holds(":person"))
			.param("person", person)
			.param("purpose", purpose.name())
			.param("day", day)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The rule, as SQL: the person (a column or parameter) gave their consent for {@code :purpose} on or
	 * before {@code :day} and had not withdrawn it by then. {@link Contacts} asks the same for many people.
	 */
	static String holds(String person) {
		return """
				exists (select 1 from person_consent c where c.person = %s and c.purpose = :purpose
				        and c.given_on <= :day and (c.withdrawn_on is null or c.withdrawn_on > :day))""".formatted(person);
	}
}
