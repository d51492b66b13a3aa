package org.regiolab.labs.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.Megatrends;
import org.regiolab.labs.Megatrends.Megatrend;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The curated megatrends; administrators add to them. */
@RestController
@RequestMapping(path = "/api/v1/megatrends", produces = MediaType.APPLICATION_JSON_VALUE)
class MegatrendApiController {

	private final Megatrends megatrends;

	MegatrendApiController(Megatrends megatrends) {
		this.megatrends = megatrends;
	}

	/** A new megatrend's names. */
	record MegatrendInput(@NotBlank @Size(max = 100) String nameDe, @NotBlank @Size(max = 100) String nameEn) {
	}

	@GetMapping
	List<Megatrend> list() {
		return megatrends.all();
	}

	@PreAuthorize(Roles.ADMIN_ONLY)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Megatrend add(@Valid @RequestBody MegatrendInput input) {
		return megatrends.add(input.nameDe(), input.nameEn());
	}
}
