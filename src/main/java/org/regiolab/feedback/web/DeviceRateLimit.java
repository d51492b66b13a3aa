package org.regiolab.feedback.web;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import org.regiolab.feedback.FeedbackProperties;

import org.springframework.stereotype.Component;

/**
 * Limits anonymous feedback per device and station, so that nobody floods a station, without
 * asking for anything personal: the device is the random id the capture page keeps in the
 * browser ({@code X-Device-Id}); lacking it, the address the request came from, which is held in
 * memory for a while and never stored. Each node counts for itself.
 */
@Component
class DeviceRateLimit {

	static final String DEVICE_HEADER = "X-Device-Id";
	/** A well-formed id only, so that nobody fills the memory with long keys. */
	private static final Pattern DEVICE = Pattern.compile("[0-9a-fA-F-]{36}");

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();
	private final FeedbackProperties properties;

	DeviceRateLimit(FeedbackProperties properties) {
		this.properties = properties;
	}

	/** Takes one submission from the device's allowance; false when it has none left. */
	boolean allows(UUID station, HttpServletRequest request) {
		String key = station + "|" + device(request);
		return buckets.get(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(properties.burst())
				.refillGreedy(properties.perMinute(), Duration.ofMinutes(1))
				.build())
			.build()).tryConsume(1);
	}

	private static String device(HttpServletRequest request) {
		String device = request.getHeader(DEVICE_HEADER);
		return device != null && DEVICE.matcher(device).matches() ? device : "address:" + request.getRemoteAddr();
	}
}
