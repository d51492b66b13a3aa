package org.regiolab.platform.database;

import java.nio.file.Path;

/**
 * Another live RegioLab runs on the same data directory; starting a second PostgreSQL on it would
 * corrupt the data, so this one refuses to start.
 */
public class DataDirectoryInUseException extends IllegalStateException {

	DataDirectoryInUseException(Path dataDirectory) {
		super("The data directory " + dataDirectory.toAbsolutePath() + " is in use by another running RegioLab. "
				+ "Stop that instance first, or start this one with a different REGIOLAB_DATA_DIR.");
	}
}
