package org.regiolab.support;

/** The demo world's users, one per role, as the login page lists them while demo mode is on. */
public enum DemoUser {

	ADMIN("admin@demo.regiolab.example", "Demo-Admin-2026"),
	COORDINATOR("koordination@demo.regiolab.example", "Demo-Koordination-2026"),
	MEMBER("mitglied@demo.regiolab.example", "Demo-Mitglied-2026"),
	EXPERT("experte@demo.regiolab.example", "Demo-Experte-2026");

	private final String email;
	private final String password;

	DemoUser(String email, String password) {
		this.email = email;
		this.password = password;
	}

	public String email() {
		return email;
	}

	public String password() {
		return password;
	}

	/** The {@code Authorization} header value for HTTP Basic as this user. */
	public String basic() {
		return LiveHttp.basic(email, password);
	}
}
