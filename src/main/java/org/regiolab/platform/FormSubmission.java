package org.regiolab.platform;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.validation.BindingResult;

/**
 * A form's save: only when the form is valid, and a module's refusal of the input becomes an
 * error next to the field it names, so the page shows the form again with nothing stored.
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	/**
	 * @param formField maps the field a module names (as the API does) to the form's field
	 * @return what the save answered, or nothing when the form is to be shown again
	 */
	public static <T> Optional<T> attempt(BindingResult result, UnaryOperator<String> formField, Supplier<T> save) {
		if (result.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(save.get());
		}
		catch (InvalidInputException ex) {
			result.rejectValue(formField.apply(ex.field()), ex.messageKey());
			return Optional.empty();
		}
	}
}
