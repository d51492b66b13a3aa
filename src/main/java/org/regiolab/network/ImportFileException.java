package org.regiolab.network;

/** A file that cannot be read as a list at all: broken quoting, not a table, an unreadable workbook. */
class ImportFileException extends RuntimeException {

	private final int row;
	private final String code;

	ImportFileException(int row, String code, String description, Throwable cause) {
		super(description, cause);
		this.row = row;
		this.code = code;
	}

	int row() {
		return row;
	}

	String code() {
		return code;
	}
}
