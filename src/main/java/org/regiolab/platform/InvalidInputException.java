package org.regiolab.platform;

/**
 * Input that passed the form checks but breaks a rule only the domain knows (an unknown region
 * key, say). The API answers it with 422 and the field; forms show it next to the field.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;
	private final String messageKey;

	/**
	 * @param field the input field at fault, as the API and the form name it
	 * @param messageKey the message that explains the fault, in the bundles
	 */
	public InvalidInputException(String field, String messageKey, String description) {
		super(description);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
