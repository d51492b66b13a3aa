package org.regiolab.events.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.EventDocumentation;
import org.regiolab.events.EventDocumentation.Entry;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** An event's documentation through the API; what a caller may read is decided by {@link EventDocumentation}. */
@RestController
class DocumentationApiController {

	private final EventDocumentation documentation;

	DocumentationApiController(EventDocumentation documentation) {
		this.documentation = documentation;
	}

	@GetMapping(path = "/api/v1/events/{id}/documentation", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Entry> list(@PathVariable UUID id, @Nullable Authentication user) {
		return documentation.visibleTo(id, user);
	}

	/** Multipart form fields {@code visibility}, {@code caption}, {@code body} and {@code file}. */
	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(path = "/api/v1/events/{id}/documentation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Entry> add(@PathVariable UUID id, @Valid @ModelAttribute DocumentationInput input,
			Authentication user) {
		UUID entry = documentation.add(id, input.toEntry(), user);
		Entry added = documentation.visibleTo(id, user).stream().filter(e -> e.id().equals(entry)).findFirst().orElseThrow();
		return ResponseEntity.status(HttpStatus.CREATED).body(added);
	}

	@GetMapping("/api/v1/events/{id}/documentation/{entry}/file")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID entry, @Nullable Authentication user) {
		return DocumentationDownloads.response(documentation.download(id, entry, user));
	}
}
