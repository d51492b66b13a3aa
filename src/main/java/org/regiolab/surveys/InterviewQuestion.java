package org.regiolab.surveys;

import java.util.UUID;

/** One question of an interview guide, at its place (0 first). */
public record InterviewQuestion(UUID id, int position, Text text) {
}
