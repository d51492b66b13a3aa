package org.regiolab;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * RegioLab: the platform on which a region runs its business alliances and innovation labs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RegioLabApplication {

	public static void main(String[] args) {
		SpringApplication.run(RegioLabApplication.class, args);
	}
}
