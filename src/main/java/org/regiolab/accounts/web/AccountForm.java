package org.regiolab.accounts.web;

import java.util.EnumSet;

import org.regiolab.accounts.AccountView;
import org.regiolab.accounts.Role;

/** What an administrator may change of an account. */
class AccountForm extends AccountFields {

	private boolean enabled;

	AccountForm() {
		super(EnumSet.noneOf(Role.class));
	}

	static AccountForm of(AccountView account) {
		AccountForm form = new AccountForm();
		form.setDisplayName(account.displayName());
		form.setRoles(account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles()));
		form.enabled = account.enabled();
		return form;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}
}
