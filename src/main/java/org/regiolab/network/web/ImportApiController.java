package org.regiolab.network.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import org.regiolab.accounts.Roles;
import org.regiolab.network.ImportJobView;
import org.regiolab.network.ImportJobs;
import org.regiolab.network.ImportKind;
import org.regiolab.network.ImportMerge;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports of organisation and people lists (CSV or XLSX) through the API. */
@RestController
@RequestMapping(path = "/api/v1/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize(Roles.MAY_EDIT)
class ImportApiController {

	private final ImportJobs imports;
	private final ImportMerge merge;

	ImportApiController(ImportJobs imports, ImportMerge merge) {
		this.imports = imports;
		this.merge = merge;
	}

	/** Accepts the file and answers 202 with the queued job; its state is then at the Location. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportJobView> submit(@RequestParam("file") MultipartFile file, @RequestParam("kind") String kind,
			@RequestParam(defaultValue = "false") boolean skipErrors, Authentication user, Locale locale)
			throws IOException {
		ImportKind importKind = ImportKind.of(kind)
			.orElseThrow(() -> new InvalidInputException("kind", "network.import.kind.unknown", "Unknown kind " + kind));
		String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
		UUID id = imports.submit(importKind, name, file.getBytes(), skipErrors, user.getName());
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + id)).body(get(id, locale));
	}

	/** Merges a duplicate row into the existing entry (filling only what it lacks) and answers the job. */
	@PostMapping("/{id}/duplicates/{row}/merge")
	ImportJobView merge(@PathVariable UUID id, @PathVariable int row, Locale locale) {
		merge.merge(id, row);
		return get(id, locale);
	}

	@GetMapping("/{id}")
	ImportJobView get(@PathVariable UUID id, Locale locale) {
		return imports.find(id, locale).orElseThrow(() -> NotFoundException.of("import", id));
	}
}
