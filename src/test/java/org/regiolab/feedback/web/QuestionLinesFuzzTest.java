package org.regiolab.feedback.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.regiolab.feedback.StationQuestion;
import org.regiolab.platform.InvalidInputException;

/**
 * Whatever a coordinator writes into the questions field, it is read as questions that read back
 * the same, or refused with an error for the field; never with an exception of another kind.
 */
class QuestionLinesFuzzTest {

	@FuzzTest(maxDuration = "20s")
	void readsAnyLinesOrSaysWhyNot(byte[] input) {
		List<StationQuestion> questions;
		try {
			questions = QuestionLines.parse(new String(input, StandardCharsets.UTF_8));
		}
		catch (InvalidInputException expected) {
			return;
		}
		List<StationQuestion> again = QuestionLines.parse(QuestionLines.format(questions));
		if (!again.equals(questions)) {
			throw new AssertionError("Written back differently: " + questions + " became " + again);
		}
	}
}
