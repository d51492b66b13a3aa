package org.regiolab.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a draft import will read: its columns with the fields they are mapped to, and its first
 * rows, so that the office can check the mapping before anything is created.
 */
public record ImportPreview(ImportKind kind, String fileName, Map<String, String> mapping, List<String> fields,
		List<List<String>> firstRows, int rows, @Nullable String problem) {

	static final int SHOWN_ROWS = 5;

	static ImportPreview of(ImportKind kind, String fileName, byte[] content) {
		try {
			ImportTable table = ImportFile.read(content);
			Map<String, String> mapping = new LinkedHashMap<>();
			table.headers().forEach(header -> mapping.put(header, kind.fieldOf(header).orElse("")));
			List<List<String>> first = table.rows().stream()
				.limit(SHOWN_ROWS)
				.map(row -> table.headers().stream().map(header -> row.cells().getOrDefault(header, "")).toList())
				.toList();
			return new ImportPreview(kind, fileName, mapping, kind.fields(), first, table.rows().size(), null);
		}
		catch (ImportFileException ex) {
			return new ImportPreview(kind, fileName, Map.of(), kind.fields(), List.of(), 0, ex.code());
		}
	}
}
