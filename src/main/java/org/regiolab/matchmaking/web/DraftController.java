package org.regiolab.matchmaking.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.regiolab.accounts.Roles;
import org.regiolab.matchmaking.PersonalSchedule;
import org.regiolab.matchmaking.SchedulePlans;
import org.regiolab.matchmaking.SchedulePrints;
import org.regiolab.matchmaking.SpeedDatingSchedules;
import org.regiolab.matchmaking.SpeedDatings;
import org.regiolab.matchmaking.TableCard;
import org.regiolab.platform.FormSubmission;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' changes to the draft (generate, pin, swap, re-plan, publish), each a form post
 * that returns to the page, and the printouts of the published schedule.
 */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class DraftController {

	private final SpeedDatingSchedules schedules;
	private final SpeedDatings speedDatings;
	private final SchedulePlans plans;
	private final SchedulePrints prints;

	DraftController(SpeedDatingSchedules schedules, SpeedDatings speedDatings, SchedulePlans plans, SchedulePrints prints) {
		this.schedules = schedules;
		this.speedDatings = speedDatings;
		this.plans = plans;
		this.prints = prints;
	}

	@PostMapping("/events/{id}/matchmaking/draft")
	String generate(@PathVariable UUID id, RedirectAttributes redirect) {
		var generated = schedules.generate(id);
		redirect.addFlashAttribute("generated", true);
		redirect.addFlashAttribute("droppedPins", generated.droppedPins());
		return back(id, "draft");
	}

	@PostMapping("/events/{id}/matchmaking/draft/meetings/{meeting}/pin")
	String pin(@PathVariable UUID id, @PathVariable UUID meeting, @RequestParam boolean pinned,
			@RequestParam(defaultValue = "1") int round, RedirectAttributes redirect) {
		schedules.pin(id, meeting, pinned);
		redirect.addFlashAttribute(pinned ? "pinned" : "unpinned", round);
		return back(id, "round-" + round);
	}

	@PostMapping("/events/{id}/matchmaking/draft/swap")
	String swap(@PathVariable UUID id, @RequestParam int round, @RequestParam UUID first, @RequestParam UUID second,
			RedirectAttributes redirect) {
		FormSubmission.refusal(() -> schedules.swap(id, round, first, second)).ifPresentOrElse(error -> {
			// the page shows the error beside the swap form of that round, with the choice kept
			redirect.addFlashAttribute("swapError", error);
			redirect.addFlashAttribute("swapRound", round);
			redirect.addFlashAttribute("swapFirst", first);
			redirect.addFlashAttribute("swapSecond", second);
		}, () -> redirect.addFlashAttribute("swapped", round));
		return back(id, "round-" + round);
	}

	@PostMapping("/events/{id}/matchmaking/draft/replan")
	String replan(@PathVariable UUID id, @RequestParam(required = false) Integer fromRound, RedirectAttributes redirect) {
		FormSubmission.refusal(() -> schedules.replan(id, fromRound == null ? 0 : fromRound)).ifPresentOrElse(
				error -> redirect.addFlashAttribute("replanError", error),
				() -> redirect.addFlashAttribute("replanned", fromRound));
		return back(id, "replan");
	}

	@PostMapping("/events/{id}/matchmaking/publish")
	String publish(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean notify, RedirectAttributes redirect) {
		FormSubmission.attempt(() -> redirect.addFlashAttribute("published", schedules.publish(id, notify)),
				error -> redirect.addFlashAttribute("publishError", error));
		return back(id, "publish");
	}

	@GetMapping("/events/{id}/matchmaking/table-cards.pdf")
	ResponseEntity<byte[]> tableCards(@PathVariable UUID id, Locale locale) {
		var speedDating = speedDatings.load(id);
		List<TableCard> cards = plans.tableCards(id);
		return pdf(prints.tableCards(speedDating, cards, locale), SchedulePrints.fileName(speedDating, "tischkarten"));
	}

	@GetMapping("/events/{id}/matchmaking/schedules.pdf")
	ResponseEntity<byte[]> everySchedule(@PathVariable UUID id, Locale locale) {
		var speedDating = speedDatings.load(id);
		List<PersonalSchedule> all = plans.everyPersonal(id);
		return pdf(prints.schedules(speedDating, all, locale), SchedulePrints.fileName(speedDating, "plaene"));
	}

	static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}

	private static String back(UUID id, String anchor) {
		return "redirect:/events/" + id + "/matchmaking#" + anchor;
	}
}
