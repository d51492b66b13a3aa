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
		return jdbc.sql("""
				select exists (select 1 from person_consent where person = ? and purpose = ? and given_on <= ?
				               and (withdrawn_on is null or withdrawn_on > ?))""")
			.params(person, purpose.name(), day, day)
			.query(Boolean.class)
			.single();
	}
}
