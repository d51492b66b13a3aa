package org.regiolab.network;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes an office uploads, reading them either gives a table or fails with the import's
 * own report of what is wrong; never with an exception that would leave the job without one.
 * {@code ./mvnw verify} replays the inputs under {@code ImportFileFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * searches for new ones.
 */
class ImportFileFuzzTest {

	@FuzzTest(maxDuration = "20s")
	void readsAnyUploadOrReportsWhyNot(byte[] upload) {
		try {
			ImportTable table = ImportFile.read(upload);
			for (ImportTable.Row row : table.rows()) {
				if (row.number() < 2) {
					throw new AssertionError("Data rows start at row 2, got " + row.number());
				}
			}
		}
		catch (ImportFileException expected) {
			// the job reports it by row
		}
	}
}
