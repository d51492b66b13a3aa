package org.regiolab.platform.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the {@link OutboxSender} every {@code regiolab.mail.poll-interval}. Without an SMTP host
 * there is no sender, and mails wait in the outbox until RegioLab starts with one.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

	private final ObjectProvider<OutboxSender> sender;
	private final MailOutboxProperties properties;

	MailConfiguration(ObjectProvider<OutboxSender> sender, MailOutboxProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		OutboxSender outboxSender = sender.getIfAvailable();
		if (outboxSender == null) {
			log.info("Mail is not configured (REGIOLAB_SMTP_HOST is empty): mails wait in the outbox until it is");
			return;
		}
		registrar.addFixedDelayTask(outboxSender::sendDue, properties.pollInterval());
	}
}
