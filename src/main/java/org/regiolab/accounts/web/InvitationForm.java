package org.regiolab.accounts.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.regiolab.accounts.Role;

/** What an administrator enters to invite someone. */
class InvitationForm {

	@NotBlank
	@Email
	@Size(max = 320)
	private String email = "";

	@NotBlank
	@Size(max = 200)
	private String displayName = "";

	@NotEmpty
	private Set<Role> roles = EnumSet.of(Role.MEMBER);

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
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
