package org.regiolab.events.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.events.DocumentationVisibility;
import org.regiolab.events.EventDocumentation.NewEntry;

import org.springframework.web.multipart.MultipartFile;

/** An entry of an event's documentation as the API and the upload form take it: caption, text, file or both. */
record DocumentationInput(@NotNull DocumentationVisibility visibility, @NotBlank @Size(max = 300) String caption,
		@Nullable @Size(max = 20000) String body, @Nullable MultipartFile file) {

	static DocumentationInput empty() {
		return new DocumentationInput(DocumentationVisibility.MEMBERS, "", "", null);
	}

	NewEntry toEntry() {
		try {
			return file == null || file.isEmpty() ? new NewEntry(visibility, caption, body, null, null)
					: new NewEntry(visibility, caption, body, file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
