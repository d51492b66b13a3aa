package org.regiolab.accounts.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.regiolab.accounts.Role;

/** The name and roles of an account, as the invitation and the edit form both ask for them. */
abstract class AccountFields {

	@NotBlank
	@Size(max = 200)
	private String displayName = "";

	@NotEmpty
	private Set<Role> roles;

	AccountFields(Set<Role> roles) {
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
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
}
