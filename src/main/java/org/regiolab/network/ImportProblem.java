package org.regiolab.network;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong with one row (or the whole file, row 1) of an import.
 * @param column the file's column header, or {@code null} for the whole row
 * @param code the message key that explains it
 */
record ImportProblem(int row, @Nullable String column, String code) {
}
