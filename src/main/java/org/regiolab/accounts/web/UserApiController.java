package org.regiolab.accounts.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AccountDirectory;
import org.regiolab.accounts.AccountView;
import org.regiolab.accounts.Role;
import org.regiolab.platform.ItemsPage;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The user list for administrators. */
@RestController
class UserApiController {

	private final AccountDirectory directory;

	UserApiController(AccountDirectory directory) {
		this.directory = directory;
	}

	@GetMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
	ItemsPage<AccountView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Role role, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return directory.find(q, role, page, size);
	}
}
