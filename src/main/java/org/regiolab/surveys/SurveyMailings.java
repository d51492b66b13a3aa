package org.regiolab.surveys;

import java.time.Clock;
import java.time.LocalDate;

import org.regiolab.events.EventList;
import org.regiolab.platform.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What surveys send by themselves: the post-event evaluation the day after an event, to everyone
 * checked in, and the reminders before a survey closes. Runs at start and every hour of the day; the
 * outbox keys and the invitations already made keep each mail to one, on any number of nodes.
 */
@Component
class SurveyMailings {

	private static final Logger log = LoggerFactory.getLogger(SurveyMailings.class);

	private final EventList events;
	private final Surveys surveys;
	private final Invitations invitations;
	private final Clock clock;

	SurveyMailings(EventList events, Surveys surveys, Invitations invitations, Clock clock) {
		this.events = events;
		this.surveys = surveys;
		this.invitations = invitations;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		send();
	}

	@Scheduled(cron = "0 5 8-20 * * *", zone = TimeConfiguration.ZONE_ID)
	void everyHourOfTheDay() {
		send();
	}

	@Transactional
	void send() {
		LocalDate yesterday = LocalDate.now(clock).minusDays(1);
		for (var event : events.endedOn(yesterday)) {
			surveys.ofEvent(event).filter(survey -> survey.isOpenOn(LocalDate.now(clock))).ifPresent(survey -> {
				InvitationRound round = invitations.invite(survey.id(), Audience.ofEvent(event));
				if (!round.invited().isEmpty()) {
					log.info("Sent the evaluation {} to {} participants of yesterday's event", survey.id(), round.invited().size());
				}
			});
		}
		int reminded = invitations.remindDue();
		if (reminded > 0) {
			log.info("Reminded {} people invited to surveys closing soon", reminded);
		}
	}
}
