package org.regiolab.feedback.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.feedback.FeedbackIntake;
import org.regiolab.feedback.Station;
import org.regiolab.feedback.Stations;
import org.regiolab.platform.FormSubmission;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A station's capture pages: the kiosk a lab assistant runs on a tablet, and the page a visitor's
 * phone opens through the station's QR code. With JavaScript the page queues each feedback on the
 * device and sends it through the API (feedback-capture.js), so nothing is lost offline; without,
 * the form posts here and is taken at once.
 */
@Controller
class CaptureController {

	static final String VIEW = "feedback/capture";

	private final Stations stations;
	private final FeedbackIntake intake;
	private final DeviceRateLimit rateLimit;
	private final Clock clock;

	CaptureController(Stations stations, FeedbackIntake intake, DeviceRateLimit rateLimit, Clock clock) {
		this.stations = stations;
		this.intake = intake;
		this.rateLimit = rateLimit;
		this.clock = clock;
	}

	@GetMapping("/stations/{id}/kiosk")
	String kiosk(@PathVariable UUID id, @RequestParam(required = false) @Nullable String sent, Model model) {
		return page(stations.load(id), CaptureForm.blank(true), sent != null, model);
	}

	@GetMapping("/stations/{id}/feedback")
	String visitor(@PathVariable UUID id, @RequestParam(required = false) @Nullable String sent, Model model) {
		return page(stations.load(id), CaptureForm.blank(false), sent != null, model);
	}

	@PostMapping("/stations/{id}/feedback")
	String submit(@PathVariable UUID id, @Valid @ModelAttribute("capture") CaptureForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Station station = stations.load(id);
		if (form.fromBot()) {
			// the bot sees what a person would see, and nothing is stored
			return sent(id, form);
		}
		Map<String, Object> answers = form.answers(station, result);
		if (!result.hasErrors() && !rateLimit.allows(id, request)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "60");
			model.addAttribute("rateLimited", true);
			return page(station, form, false, model);
		}
		return FormSubmission.attempt(result, CaptureForm::field,
				() -> intake.submit(id, form.toData(answers, OffsetDateTime.now(clock))))
			.map(stored -> sent(id, form))
			.orElseGet(() -> page(station, form, false, model));
	}

	private static String page(Station station, CaptureForm form, boolean sent, Model model) {
		model.addAttribute("station", station);
		model.addAttribute("kiosk", form.isKiosk());
		model.addAttribute("sent", sent);
		model.addAttribute("capture", form);
		return VIEW;
	}

	private static String sent(UUID station, CaptureForm form) {
		return "redirect:/stations/" + station + (form.isKiosk() ? "/kiosk" : "/feedback") + "?sent";
	}
}
