package org.regiolab.accounts.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/** A new password, typed twice. */
class PasswordForm {

	@Size(min = 12, max = 128)
	private String password = "";

	private String confirmation = "";

	@AssertTrue
	public boolean isConfirmed() {
		return password.equals(confirmation);
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}
}
