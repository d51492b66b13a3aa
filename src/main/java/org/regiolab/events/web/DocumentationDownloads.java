package org.regiolab.events.web;

import java.nio.charset.StandardCharsets;

import org.regiolab.events.EventDocumentation.Download;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Hands out a documentation file: photos inline, so pages can show them, everything else as an attachment. */
final class DocumentationDownloads {

	private DocumentationDownloads() {
	}

	static ResponseEntity<byte[]> response(Download download) {
		ContentDisposition.Builder disposition = download.mediaType().startsWith("image/") ? ContentDisposition.inline()
				: ContentDisposition.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(download.name(), StandardCharsets.UTF_8).build().toString())
			// the type was checked by content on upload; browsers must not guess another
			.header("X-Content-Type-Options", "nosniff")
			.body(download.content());
	}
}
