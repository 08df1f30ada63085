package dev.serveractions.action.app;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Application-wide binding rules, which actions follow like controllers do. */
@ControllerAdvice
class DateAdvice {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@InitBinder
	void dates(WebDataBinder binder) {
		binder.addCustomFormatter(new Formatter<LocalDate>() {
			@Override
			public LocalDate parse(String text, Locale locale) {
				return LocalDate.parse(text, FORMAT);
			}

			@Override
			public String print(LocalDate date, Locale locale) {
				return FORMAT.format(date);
			}
		});
	}

}
