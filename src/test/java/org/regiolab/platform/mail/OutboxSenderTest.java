package org.regiolab.platform.mail;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A mail that cannot be sent is tried again later and later, but at least every hour, for ever. */
class OutboxSenderTest {

	@Test
	void waits30SecondsAfterTheFirstFailureThenTwiceAsLongUpToAnHour() {
		assertThat(IntStream.of(1, 2, 3, 7, 8, 20, 100_000).mapToObj(OutboxSender::retryDelay)).containsExactly(
				Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(32),
				Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
	}
}
