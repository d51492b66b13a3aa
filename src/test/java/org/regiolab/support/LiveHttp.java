package org.regiolab.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Real HTTP against the application under test, without following redirects. */
public final class LiveHttp {

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	private final String base;

	public LiveHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** @param headers name, value, name, value, … */
	public HttpResponse<String> get(String path, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
	}

	/** @param headers name, value, name, value, … */
	public HttpResponse<byte[]> getBytes(String path, String... headers) {
		return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofByteArray(),
				headers);
	}

	public HttpResponse<String> send(String method, String path, String body, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), headers);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
		return exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), headers);
	}

	private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body,
			String... headers) {
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return client.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
