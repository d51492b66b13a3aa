package org.regiolab.platform;

/**
 * Something asked for by its id or token does not exist (or not for the caller): pages answer with
 * the 404 page, the API with 404 problem details. Only this exception means "not found"; a
 * {@link java.util.NoSuchElementException} from a stray {@code Optional.get()} is a bug and answers
 * 500.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

	/** "No {@code what} {@code id}", e.g. {@code NotFoundException.of("event", id)}. */
	public static NotFoundException of(String what, Object id) {
		return new NotFoundException("No " + what + " " + id);
	}
}
