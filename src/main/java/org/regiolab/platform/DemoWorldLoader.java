package org.regiolab.platform;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads every module's {@link DemoWorldPart} once per database while demo mode is on. */
@Component
@Order(100)
class DemoWorldLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoWorldLoader.class);

	private final DemoMode demoMode;
	private final List<DemoWorldPart> parts;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	DemoWorldLoader(DemoMode demoMode, List<DemoWorldPart> parts, JdbcClient jdbc, TransactionTemplate transaction) {
		this.demoMode = demoMode;
		this.parts = parts.stream().sorted(Comparator.comparingInt(DemoWorldPart::order)).toList();
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	static boolean isLoaded(JdbcClient jdbc) {
		return jdbc.sql("select exists (select 1 from platform_demo_world)").query(Boolean.class).single();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.isOn()) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			// the row lock makes a second node wait instead of loading the world twice
			jdbc.sql("lock table platform_demo_world in exclusive mode").update();
			if (isLoaded(jdbc)) {
				return;
			}
			parts.forEach(DemoWorldPart::load);
			jdbc.sql("insert into platform_demo_world (loaded_at) values (now())").update();
			log.info("Loaded the demo world ({} parts)", parts.size());
		});
	}
}
