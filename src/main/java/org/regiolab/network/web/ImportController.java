package org.regiolab.network.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.regiolab.accounts.Roles;
import org.regiolab.network.ImportJobView;
import org.regiolab.network.ImportJobs;
import org.regiolab.network.ImportKind;
import org.regiolab.network.ImportMerge;
import org.regiolab.platform.FormSubmission;
import org.regiolab.platform.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports in the browser: upload, check the columns and first rows, start, and watch the progress
 * bar until the report by row and column is there.
 */
@Controller
@RequestMapping("/network/imports")
@PreAuthorize(Roles.MAY_EDIT)
class ImportController {

	static final String FORM = "network/import-form";
	static final String PREVIEW = "network/import-preview";
	static final String JOB = "network/import";
	static final String STATUS_FRAGMENT = "network/import :: status";

	private final ImportJobs imports;
	private final ImportMerge merge;

	ImportController(ImportJobs imports, ImportMerge merge) {
		this.imports = imports;
		this.merge = merge;
	}

	@GetMapping("/new")
	String initUpload(Model model) {
		model.addAttribute("kinds", ImportKind.values());
		return FORM;
	}

	@PostMapping
	String processUpload(@RequestParam ImportKind kind, @RequestParam("file") MultipartFile file, Authentication user,
			Model model, RedirectAttributes redirect) throws IOException {
		String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
		byte[] content = file.getBytes();
		return FormSubmission.attempt(() -> "redirect:/network/imports/" + imports.draft(kind, name, content, user.getName()),
				refusal -> {
					model.addAttribute("kinds", ImportKind.values());
					model.addAttribute("fileError", refusal);
					return FORM;
				});
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		var preview = imports.preview(id);
		if (preview.isPresent()) {
			model.addAttribute("id", id);
			model.addAttribute("preview", preview.get());
			return PREVIEW;
		}
		model.addAttribute("job", load(id, locale));
		return JOB;
	}

	/** The status part of the job page, which htmx fetches every second while the import runs. */
	@GetMapping("/{id}/status")
	String status(@PathVariable UUID id, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("job", load(id, locale));
		return htmx != null ? STATUS_FRAGMENT : JOB;
	}

	@PostMapping("/{id}/start")
	String start(@PathVariable UUID id, @RequestParam(name = "header", required = false) List<String> headers,
			@RequestParam(name = "field", required = false) List<String> fields,
			@RequestParam(defaultValue = "false") boolean skipErrors) {
		Map<String, String> mapping = new LinkedHashMap<>();
		for (int i = 0; headers != null && fields != null && i < Math.min(headers.size(), fields.size()); i++) {
			mapping.put(headers.get(i), fields.get(i));
		}
		imports.start(id, mapping, skipErrors);
		return "redirect:/network/imports/" + id;
	}

	/** Fills what the existing entry lacks from the duplicate row; nothing entered is overwritten. */
	@PostMapping("/{id}/duplicates/{row}/merge")
	String merge(@PathVariable UUID id, @PathVariable int row, RedirectAttributes redirect) {
		merge.merge(id, row);
		redirect.addFlashAttribute("mergedRow", row);
		return "redirect:/network/imports/" + id;
	}

	private ImportJobView load(UUID id, Locale locale) {
		return imports.find(id, locale).orElseThrow(() -> NotFoundException.of("import", id));
	}
}
