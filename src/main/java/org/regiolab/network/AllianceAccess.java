package org.regiolab.network;

import java.util.Locale;
import java.util.UUID;

import org.regiolab.accounts.Roles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may enter an alliance's members-only area: administrators, the alliance's coordinators, and
 * the people of its member organisations and bodies, recognised by their account's email address.
 */
@NamedInterface("api")
@Component
public class AllianceAccess {

	private final JdbcClient jdbc;

	AllianceAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean mayEnter(UUID alliance, Authentication user) {
		return Roles.isAdmin(user) || jdbc.sql("""
				select exists (select 1 from alliance_coordinator where alliance = :alliance and email = :email)
				    or exists (select 1 from person p join alliance_membership m on m.organisation = p.organisation
				               where m.alliance = :alliance and p.email = :email)
				    or exists (select 1 from person p join alliance_body_member bm on bm.person = p.id
				               join alliance_body b on b.id = bm.body where b.alliance = :alliance and p.email = :email)
				""").param("alliance", alliance).param("email", email(user)).query(Boolean.class).single();
	}

	/** Administrators and the alliance's own coordinators write in its area. */
	public boolean mayCoordinate(UUID alliance, Authentication user) {
		return Roles.isAdmin(user) || jdbc.sql("select exists (select 1 from alliance_coordinator where alliance = ? and email = ?)")
			.params(alliance, email(user)).query(Boolean.class).single();
	}

	private static String email(Authentication user) {
		return user.getName().toLowerCase(Locale.ROOT);
	}
}
