package org.regiolab.accounts.web;

import java.util.EnumSet;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.regiolab.accounts.Role;

/** What an administrator enters to invite someone; most people join as members. */
class InvitationForm extends AccountFields {

	@NotBlank
	@Email
	@Size(max = 320)
	private String email = "";

	InvitationForm() {
		super(EnumSet.of(Role.MEMBER));
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}
}
