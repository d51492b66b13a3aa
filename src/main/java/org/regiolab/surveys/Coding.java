package org.regiolab.surveys;

import java.util.UUID;

/**
 * A coded passage: the characters from {@code start} (counted from 0) up to {@code end} (exclusive) of an
 * interview's answer to a question, and the passage as it was when coded.
 */
public record Coding(UUID id, UUID interview, UUID question, UUID code, int start, int end, String quote) {
}
