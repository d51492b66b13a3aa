package org.regiolab.feedback.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The service worker that keeps the capture pages working offline. A worker controls only pages
 * below the folder it is served from, so it is served from /stations/ rather than with the other
 * scripts from /js/.
 */
@Controller
class CaptureWorkerController {

	private static final Resource WORKER = new ClassPathResource("static/js/capture-sw.js");
	private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

	@GetMapping("/stations/capture-sw.js")
	ResponseEntity<Resource> worker(HttpServletRequest request) {
		return ResponseEntity.ok()
			.contentType(JAVASCRIPT)
			.header("Service-Worker-Allowed", request.getContextPath() + "/stations/")
			// the browser looks for a new worker on every visit; without a cached copy it finds it at once
			.cacheControl(CacheControl.noCache())
			.body(WORKER);
	}
}
