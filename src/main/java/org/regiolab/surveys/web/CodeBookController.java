package org.regiolab.surveys.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.platform.FormSubmission;
import org.regiolab.platform.Slug;
import org.regiolab.surveys.Code;
import org.regiolab.surveys.CodeBooks;
import org.regiolab.surveys.CodeColour;
import org.regiolab.surveys.Codings;
import org.regiolab.surveys.InterviewDocuments;
import org.regiolab.surveys.InterviewGuide;
import org.regiolab.surveys.InterviewGuides;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A guide's code book, the matrix of codes × interviews with their quotes, and the downloads. */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class CodeBookController {

	static final String BOOK = "surveys/codebook";
	static final String FORM = "surveys/codebook-code-form";
	static final String MATRIX = "surveys/interview-matrix";

	static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final InterviewGuides guides;
	private final CodeBooks codes;
	private final Codings codings;
	private final InterviewDocuments documents;

	CodeBookController(InterviewGuides guides, CodeBooks codes, Codings codings, InterviewDocuments documents) {
		this.guides = guides;
		this.codes = codes;
		this.codings = codings;
		this.documents = documents;
	}

	@InitBinder("code")
	void codeFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "colour", "parentId", "description");
	}

	@GetMapping("/interviews/guides/{id}/codes")
	String book(@PathVariable UUID id, Model model) {
		model.addAttribute("code", new CodeForm());
		return book(model, guides.load(id));
	}

	@PostMapping("/interviews/guides/{id}/codes")
	String create(@PathVariable UUID id, @Valid @ModelAttribute("code") CodeForm code, BindingResult result, Model model,
			RedirectAttributes redirect) {
		InterviewGuide guide = guides.load(id);
		if (FormSubmission.attempt(result, () -> codes.create(id, code.toData())).isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/interviews/guides/" + id + "/codes";
		}
		return book(model, guide);
	}

	@GetMapping("/interviews/codes/{code}/edit")
	String initUpdate(@PathVariable UUID code, Model model) {
		Code known = codes.load(code);
		model.addAttribute("code", CodeForm.of(known.data()));
		return form(model, known);
	}

	@PostMapping("/interviews/codes/{code}")
	String processUpdate(@PathVariable UUID code, @Valid @ModelAttribute("code") CodeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Code known = codes.load(code);
		if (FormSubmission.saved(result, () -> codes.update(code, form.toData()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/interviews/guides/" + known.guide() + "/codes";
		}
		return form(model, known);
	}

	@PostMapping("/interviews/codes/{code}/delete")
	String delete(@PathVariable UUID code, RedirectAttributes redirect) {
		UUID guide = codes.load(code).guide();
		codes.delete(code);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/interviews/guides/" + guide + "/codes";
	}

	@GetMapping("/interviews/guides/{id}/matrix")
	String matrix(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID code, Model model) {
		model.addAttribute("guide", guides.load(id));
		model.addAttribute("matrix", codings.matrix(id));
		if (code != null) {
			model.addAttribute("chosen", codes.load(code));
			model.addAttribute("quotes", codings.quotes(id, code));
		}
		return MATRIX;
	}

	@GetMapping("/interviews/guides/{id}/interviews.docx")
	ResponseEntity<byte[]> docx(@PathVariable UUID id, Locale locale) {
		return download(guides.load(id), documents.docx(id, locale), "docx", DOCX);
	}

	@GetMapping("/interviews/guides/{id}/interviews.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id, Locale locale) {
		return download(guides.load(id), documents.xlsx(id, locale), "xlsx", XLSX);
	}

	private static ResponseEntity<byte[]> download(InterviewGuide guide, byte[] body, String extension, MediaType type) {
		String name = "interviews-" + Slug.of(guide.data().title(), 60) + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private String book(Model model, InterviewGuide guide) {
		model.addAttribute("guide", guide);
		model.addAttribute("codes", codes.of(guide.id()));
		model.addAttribute("colours", CodeColour.values());
		return BOOK;
	}

	private String form(Model model, Code code) {
		model.addAttribute("guide", guides.load(code.guide()));
		model.addAttribute("codeId", code.id());
		model.addAttribute("codeName", code.name());
		// a code cannot go below itself or below a code of its own
		List<Code> all = codes.of(code.guide());
		model.addAttribute("parents", all.stream()
			.filter(other -> !other.id().equals(code.id()) && !other.path().startsWith(code.path() + " › "))
			.toList());
		model.addAttribute("colours", CodeColour.values());
		return FORM;
	}
}
