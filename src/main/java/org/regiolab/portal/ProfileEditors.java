package org.regiolab.portal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The accounts, by email, that keep a profile besides the office. */
@Component
class ProfileEditors {

	private final JdbcClient jdbc;

	ProfileEditors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID profile, String email) {
		jdbc.sql("insert into portal_profile_editor (profile, email) values (?, ?) on conflict do nothing")
			.params(profile, normalise(email))
			.update();
	}

	boolean isEditor(UUID profile, String email) {
		return jdbc.sql("select exists (select 1 from portal_profile_editor where profile = ? and email = ?)")
			.params(profile, normalise(email))
			.query(Boolean.class)
			.single();
	}

	List<String> of(UUID profile) {
		return jdbc.sql("select email from portal_profile_editor where profile = ? order by email")
			.param(profile)
			.query(String.class)
			.list();
	}

	List<UUID> profilesOf(String email) {
		return jdbc.sql("select profile from portal_profile_editor where email = ?")
			.param(normalise(email))
			.query(UUID.class)
			.list();
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}
}
