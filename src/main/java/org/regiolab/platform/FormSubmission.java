package org.regiolab.platform;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The one way a page hands input to a module: only a valid form is saved, and a module's refusal
 * ({@link InvalidInputException}) becomes an error next to the field it names, so the page shows the
 * form again with nothing stored. Actions without a form of their own (a button, an upload) get the
 * refusal's message key to show instead. No controller catches {@link InvalidInputException} itself.
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	/**
	 * @return what the save answered, or nothing when the form is to be shown again
	 */
	public static <T> Optional<T> attempt(BindingResult result, Supplier<T> save) {
		return attempt(result, UnaryOperator.identity(), save);
	}

	/**
	 * As {@link #attempt(BindingResult, Supplier)}, for a form whose fields are named unlike the
	 * module's input.
	 * @param formField maps the field a module names (as the API does) to the form's field
	 */
	public static <T> Optional<T> attempt(BindingResult result, UnaryOperator<String> formField, Supplier<T> save) {
		if (result.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(save.get());
		}
		catch (InvalidInputException ex) {
			reject(result, formField.apply(ex.field()), ex.messageKey());
			return Optional.empty();
		}
	}

	/** As {@link #attempt(BindingResult, Supplier)} for a save that answers nothing: whether it saved. */
	public static boolean saved(BindingResult result, Runnable save) {
		return attempt(result, () -> {
			save.run();
			return true;
		}).isPresent();
	}

	/** As {@link #saved(BindingResult, Runnable)}, for a form whose fields are named unlike the module's input. */
	public static boolean saved(BindingResult result, UnaryOperator<String> formField, Runnable save) {
		return attempt(result, formField, () -> {
			save.run();
			return true;
		}).isPresent();
	}

	/**
	 * Runs an action that has no form to show its error in (an upload, a button).
	 * @param refused what to answer instead, given the message key of the module's refusal
	 */
	public static <T> T attempt(Supplier<T> action, Function<String, T> refused) {
		try {
			return action.get();
		}
		catch (InvalidInputException ex) {
			return refused.apply(ex.messageKey());
		}
	}

	/**
	 * Runs an action that has no form to show its error in.
	 * @return the message key of the module's refusal, or nothing when the action was done
	 */
	public static Optional<String> refusal(Runnable action) {
		try {
			action.run();
			return Optional.empty();
		}
		catch (InvalidInputException ex) {
			return Optional.of(ex.messageKey());
		}
	}

	// a refusal of something the form does not show as a field of its own is the form's error as a whole
	private static void reject(BindingResult result, String field, String messageKey) {
		if (result instanceof AbstractPropertyBindingResult form && form.getPropertyAccessor().isReadableProperty(field)) {
			result.rejectValue(field, messageKey);
		}
		else {
			result.reject(messageKey);
		}
	}
}
