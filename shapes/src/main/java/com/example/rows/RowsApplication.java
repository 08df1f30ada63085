package com.example.rows;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The shape of a form with dynamic rows: one form, a remove button per row carrying its row's
 * signed index, an add button, a save; the actions live in a package-private bean of their own.
 */
@SpringBootApplication
public class RowsApplication {

	public static void main(String[] args) {
		SpringApplication.run(RowsApplication.class, args);
	}

}
