package org.regiolab.network.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.regiolab.network.AllianceAccess;
import org.regiolab.network.AllianceDetails;
import org.regiolab.network.MembersArea;
import org.regiolab.network.MembershipRole;
import org.regiolab.network.OrganisationChoices;
import org.regiolab.network.OrganisationChoices.Search;
import org.regiolab.platform.FormSubmission;
import org.regiolab.platform.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An alliance's page and its members-only area with pages and files. */
@Controller
@RequestMapping("/network/alliances/{id}")
class AllianceController {

	static final String DETAIL = "network/alliance";
	static final String AREA = "network/area";

	private final AllianceDetails details;
	private final AllianceAccess access;
	private final MembersArea area;
	private final OrganisationChoices organisations;

	AllianceController(AllianceDetails details, AllianceAccess access, MembersArea area,
			OrganisationChoices organisations) {
		this.details = details;
		this.access = access;
		this.area = area;
		this.organisations = organisations;
	}

	/** A page to add to the members' area. */
	record PageForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 100000) String body) {
	}

	@GetMapping
	String show(@PathVariable UUID id, @RequestParam Map<String, String> parameters, Authentication user, Model model) {
		model.addAttribute("alliance", details.find(id).orElseThrow(() -> NotFoundException.of("alliance", id)));
		model.addAttribute("mayEnter", access.mayEnter(id, user));
		// what the form to add a member offers, shown to coordinators and administrators only
		model.addAttribute("organisationPicker", organisations.picker("organizationId", List.of(), Search.of(parameters)));
		model.addAttribute("roles", MembershipRole.values());
		return DETAIL;
	}

	@GetMapping("/area")
	String area(@PathVariable UUID id, Authentication user, Model model) {
		model.addAttribute("pageForm", new PageForm("", ""));
		return showArea(id, user, model);
	}

	@PostMapping("/area/pages")
	String addPage(@PathVariable UUID id, @Validated @ModelAttribute("pageForm") PageForm pageForm, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showArea(id, user, model);
		}
		area.addPage(id, pageForm.title(), pageForm.body(), user);
		redirect.addFlashAttribute("pageAdded", true);
		return "redirect:/network/alliances/" + id + "/area";
	}

	@PostMapping("/area/files")
	String addFile(@PathVariable UUID id, @RequestParam("file") MultipartFile file, Authentication user,
			RedirectAttributes redirect) throws IOException {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		byte[] content = file.getBytes();
		FormSubmission.refusal(() -> area.addFile(id, name, content, user)).ifPresentOrElse(
				error -> redirect.addFlashAttribute("fileError", error),
				() -> redirect.addFlashAttribute("fileAdded", true));
		return "redirect:/network/alliances/" + id + "/area";
	}

	@GetMapping("/area/files/{file}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID file, Authentication user) {
		MembersArea.Download download = area.download(id, file, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(download.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(download.content());
	}

	private String showArea(UUID id, Authentication user, Model model) {
		model.addAttribute("alliance", details.find(id).orElseThrow(() -> NotFoundException.of("alliance", id)));
		model.addAttribute("pages", area.pages(id, user));
		model.addAttribute("files", area.files(id, user));
		model.addAttribute("mayWrite", area.mayWrite(id, user));
		return AREA;
	}
}
