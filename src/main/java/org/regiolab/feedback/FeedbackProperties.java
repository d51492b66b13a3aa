package org.regiolab.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much anonymous feedback one device may send to one station. A kiosk that was offline for an
 * hour sends its queue at once, so the burst is generous; beyond it the device waits and retries,
 * losing nothing.
 * @param burst submissions a device may send at once ({@code REGIOLAB_FEEDBACK_BURST})
 * @param perMinute submissions it regains each minute ({@code REGIOLAB_FEEDBACK_PER_MINUTE})
 */
@ConfigurationProperties("regiolab.feedback")
public record FeedbackProperties(@DefaultValue("200") int burst, @DefaultValue("30") int perMinute) {
}
