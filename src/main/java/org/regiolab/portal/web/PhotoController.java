package org.regiolab.portal.web;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.regiolab.platform.FormSubmission;
import org.regiolab.platform.NotFoundException;
import org.regiolab.portal.ProfilePhotos;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A profile's photos: served to everybody once shown, uploaded and removed in the edit form. */
@Controller
class PhotoController {

	private final ProfilePhotos photos;

	PhotoController(ProfilePhotos photos) {
		this.photos = photos;
	}

	/** A photo never changes under its id, so browsers keep it for a year. */
	@GetMapping("/portal/profiles/{id}/photos/{photo}")
	ResponseEntity<byte[]> image(@PathVariable UUID id, @PathVariable UUID photo,
			@RequestParam(defaultValue = "large") String size) {
		byte[] image = photos.image(id, photo, "thumbnail".equals(size))
			.orElseThrow(() -> NotFoundException.of("photo", photo));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
			.body(image);
	}

	@PostMapping("/portal/profiles/{id}/photos")
	String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file, @RequestParam String caption,
			Authentication user, RedirectAttributes redirect) throws IOException {
		byte[] image = file.getBytes();
		FormSubmission.refusal(() -> photos.add(id, image, caption, user)).ifPresentOrElse(
				error -> redirect.addFlashAttribute("photoError", error),
				() -> redirect.addFlashAttribute("photoAdded", true));
		return "redirect:/portal/profiles/" + id + "/edit";
	}

	@PostMapping("/portal/profiles/{id}/photos/{photo}/delete")
	String remove(@PathVariable UUID id, @PathVariable UUID photo, Authentication user, RedirectAttributes redirect) {
		photos.remove(id, photo, user);
		redirect.addFlashAttribute("photoRemoved", true);
		return "redirect:/portal/profiles/" + id + "/edit";
	}

	/** Shared by the API controller: the photo's address. */
	static URI location(ProfilePhotos.Photo photo) {
		return URI.create(photo.url());
	}

}
