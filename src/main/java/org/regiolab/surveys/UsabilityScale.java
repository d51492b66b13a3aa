package org.regiolab.surveys;

/**
 * The System Usability Scale (Brooke 1996): ten statements rated 1–5, odd ones positive, even ones
 * negative, scored 0–100. A matrix asks it when its key begins with {@code sus} and it has ten rows
 * on a five-step scale; the builder offers it ready-made.
 */
final class UsabilityScale {

	static final int ITEMS = 10;

	private UsabilityScale() {
	}

	static boolean isAsked(Question question) {
		return question.type() == QuestionType.MATRIX && question.key().startsWith("sus") && question.rows().size() == ITEMS
				&& question.options().size() == 5;
	}
}
