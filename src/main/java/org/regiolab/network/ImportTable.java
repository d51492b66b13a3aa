package org.regiolab.network;

import java.util.List;
import java.util.Map;

/**
 * The rows of an uploaded list. Row numbers count as a spreadsheet shows them: the header is
 * row 1, the first data row is row 2.
 */
record ImportTable(List<String> headers, List<Row> rows) {

	/** One data row: its number and its cells by header. */
	record Row(int number, Map<String, String> cells) {
	}
}
