package org.regiolab.accounts;

import java.util.EnumSet;
import java.util.List;

import org.regiolab.platform.DemoMode;
import org.regiolab.platform.DemoWorldPart;

import org.springframework.stereotype.Component;

/**
 * The demo world's users, one per role. The people are invented; their passwords are public and
 * shown on the login page, which is why they exist only while demo mode is on.
 */
@Component
public class DemoLogins implements DemoWorldPart {

	/** One demo user; {@code role} is the one role it has. */
	public record DemoLogin(Role role, String email, String displayName, String password) {
	}

	static final List<DemoLogin> LOGINS = List.of(
			new DemoLogin(Role.ADMIN, "admin@demo.regiolab.example", "Anna Albers (Demo)", "Demo-Admin-2026"),
			new DemoLogin(Role.COORDINATOR, "koordination@demo.regiolab.example", "Clara Kowalski (Demo)",
					"Demo-Koordination-2026"),
			new DemoLogin(Role.MEMBER, "mitglied@demo.regiolab.example", "Mehmet Meier (Demo)", "Demo-Mitglied-2026"),
			new DemoLogin(Role.EXPERT, "experte@demo.regiolab.example", "Eva Engel (Demo)", "Demo-Experte-2026"));

	private final DemoMode demoMode;
	private final AccountAdministration administration;

	DemoLogins(DemoMode demoMode, AccountAdministration administration) {
		this.demoMode = demoMode;
		this.administration = administration;
	}

	/** The logins to show, or none when demo mode is off. */
	public List<DemoLogin> shown() {
		return demoMode.isOn() ? LOGINS : List.of();
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public void load() {
		LOGINS.forEach(login -> administration.createWithPassword(login.email(), login.displayName(), login.password(),
				EnumSet.of(login.role())));
	}
}
