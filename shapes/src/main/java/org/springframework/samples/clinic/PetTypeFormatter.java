package org.springframework.samples.clinic;

import java.text.ParseException;
import java.util.Locale;

import org.springframework.format.Formatter;

/** Prints a pet type as its upper-case name and parses it back, refusing blanks. */
class PetTypeFormatter implements Formatter<PetType> {

	@Override
	public String print(PetType type, Locale locale) {
		return type.name().toUpperCase(Locale.ROOT);
	}

	@Override
	public PetType parse(String text, Locale locale) throws ParseException {
		if (text.isBlank()) {
			throw new ParseException("no pet type", 0);
		}
		return new PetType(text.strip().toLowerCase(Locale.ROOT));
	}

}
