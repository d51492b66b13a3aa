package org.regiolab.platform.api;

import java.io.IOException;

/** A streamed request body grew past the limit while it was read. */
class RequestBodyTooLargeException extends IOException {

	RequestBodyTooLargeException(long limit) {
		super("Request body larger than " + limit + " bytes");
	}
}
