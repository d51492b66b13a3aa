package org.regiolab.events.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.Caller;
import org.regiolab.events.ConsultationDays;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.SlotTakenException;
import org.regiolab.events.web.ConsultationTexts.AdviceForm;
import org.regiolab.events.web.ConsultationTexts.BookingForm;
import org.regiolab.platform.FormSubmission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The slots of a consultation day on one page: signed-in people book a free one, experts offer
 * slots and record their advice. A form with errors comes back on the same page, marked by its slot.
 */
@Controller
class ConsultationController {

	static final String PAGE = "events/consultation-slots";

	private final ConsultationDays consultations;
	private final EventRegistry events;

	ConsultationController(ConsultationDays consultations, EventRegistry events) {
		this.consultations = consultations;
		this.events = events;
	}

	@InitBinder("slot")
	void slotFields(WebDataBinder binder) {
		binder.setAllowedFields("startsAt", "minutes", "topics", "online", "location", "onlineUrl");
	}

	@InitBinder({ "booking", "advice" })
	void textFields(WebDataBinder binder) {
		binder.setAllowedFields("topic", "advice");
	}

	@GetMapping("/events/{id}/slots")
	String show(@PathVariable UUID id, Authentication authentication, Model model) {
		return page(id, null, authentication, model);
	}

	@PreAuthorize(Roles.MAY_ADVISE)
	@PostMapping("/events/{id}/slots")
	String processPublish(@PathVariable UUID id, @Valid @ModelAttribute("slot") ConsultationSlotForm slot,
			BindingResult result, Authentication authentication, Model model, RedirectAttributes redirect) {
		if (FormSubmission.saved(result, field -> field.equals("eventId") ? "startsAt" : field,
				() -> consultations.publish(id, Callers.of(authentication), slot.toData()))) {
			redirect.addFlashAttribute("published", true);
			return "redirect:/events/" + id + "/slots";
		}
		return page(id, null, authentication, model);
	}

	@PostMapping("/events/slots/{slot}/booking")
	String processBooking(@PathVariable UUID slot, @Valid @ModelAttribute("booking") BookingForm booking,
			BindingResult result, Authentication authentication, Model model, RedirectAttributes redirect) {
		Caller caller = Callers.of(authentication);
		UUID event = consultations.load(slot, caller).event();
		if (result.hasErrors()) {
			return page(event, slot, authentication, model);
		}
		try {
			consultations.book(slot, caller, booking.getTopic());
			redirect.addFlashAttribute("booked", true);
		}
		catch (SlotTakenException ex) {
			redirect.addFlashAttribute("taken", true);
		}
		return "redirect:/events/" + event + "/slots";
	}

	@PostMapping("/events/slots/{slot}/booking/cancel")
	String cancel(@PathVariable UUID slot, Authentication authentication, RedirectAttributes redirect) {
		Caller caller = Callers.of(authentication);
		UUID event = consultations.load(slot, caller).event();
		consultations.cancel(slot, caller);
		redirect.addFlashAttribute("cancelled", true);
		return "redirect:/events/" + event + "/slots";
	}

	@PostMapping("/events/slots/{slot}/advice")
	String processAdvice(@PathVariable UUID slot, @Valid @ModelAttribute("advice") AdviceForm advice,
			BindingResult result, Authentication authentication, Model model, RedirectAttributes redirect) {
		Caller caller = Callers.of(authentication);
		UUID event = consultations.load(slot, caller).event();
		if (FormSubmission.saved(result, () -> consultations.recordAdvice(slot, caller, advice.getAdvice()))) {
			redirect.addFlashAttribute("adviceSaved", true);
			return "redirect:/events/" + event + "/slots";
		}
		return page(event, slot, authentication, model);
	}

	/** @param failedSlot the slot whose booking or advice form has errors to show */
	private String page(UUID event, @Nullable UUID failedSlot, Authentication authentication, Model model) {
		Caller caller = Callers.of(authentication);
		model.addAttribute("event", events.load(event));
		model.addAttribute("slots", consultations.slots(event, caller));
		model.addAttribute("caller", caller);
		model.addAttribute("failedSlot", failedSlot);
		if (!model.containsAttribute("slot")) {
			model.addAttribute("slot", new ConsultationSlotForm());
		}
		if (!model.containsAttribute("booking")) {
			model.addAttribute("booking", new BookingForm());
		}
		if (!model.containsAttribute("advice")) {
			model.addAttribute("advice", new AdviceForm());
		}
		return PAGE;
	}
}
