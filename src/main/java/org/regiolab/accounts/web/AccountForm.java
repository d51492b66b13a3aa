package org.regiolab.accounts.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.regiolab.accounts.AccountView;
import org.regiolab.accounts.Role;

/** What an administrator may change of an account. */
class AccountForm {

	@NotBlank
	@Size(max = 200)
	private String displayName = "";

	@NotEmpty
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled;

	static AccountForm of(AccountView account) {
		AccountForm form = new AccountForm();
		form.displayName = account.displayName();
		form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
		form.enabled = account.enabled();
		return form;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}
}
