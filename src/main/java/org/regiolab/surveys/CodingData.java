package org.regiolab.surveys;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A code for a passage of an answer; without offsets, for the whole answer.
 * @param start the first character, counted from 0 in the answer's text
 * @param end the character after the last
 */
public record CodingData(UUID question, UUID code, @Nullable Integer start, @Nullable Integer end) {
}
