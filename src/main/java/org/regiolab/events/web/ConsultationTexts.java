package org.regiolab.events.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The one-text forms of a slot's page: the topic a booker brings and the advice an expert records. */
final class ConsultationTexts {

	private ConsultationTexts() {
	}

	/** The topic of a booking. */
	static class BookingForm {

		@NotBlank
		@Size(max = 500)
		private String topic = "";

		public String getTopic() {
			return topic;
		}

		public void setTopic(String topic) {
			this.topic = topic;
		}
	}

	/** What the expert advised. */
	static class AdviceForm {

		@NotBlank
		@Size(max = 20000)
		private String advice = "";

		public String getAdvice() {
			return advice;
		}

		public void setAdvice(String advice) {
			this.advice = advice;
		}
	}
}
