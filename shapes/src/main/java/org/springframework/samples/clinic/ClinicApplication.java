package org.springframework.samples.clinic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The shape of the best-known Spring sample: an application under {@code org.springframework.*},
 * package-private controllers whose form handlers became actions in place, one template for
 * create and edit, a route handler, and formatters of its own.
 */
@SpringBootApplication
public class ClinicApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClinicApplication.class, args);
	}

}
