package dev.serveractions.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the index needs, read and written without a library (the processor has no
 * dependencies): objects, arrays and strings.
 */
final class Json {

	private final String text;

	private int pos;

	private Json(String text) {
		this.text = text;
	}

	/** Parses objects, arrays and strings; anything else is an {@link IllegalArgumentException}. */
	static Object parse(String text) {
		Json json = new Json(text);
		Object value = json.value();
		json.skipSpace();
		if (json.pos != text.length()) {
			throw json.error();
		}
		return value;
	}

	static String quote(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char ch : value.toCharArray()) {
			switch (ch) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append((ch < 0x20) ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
			}
		}
		return out.append('"').toString();
	}

	private Object value() {
		skipSpace();
		char ch = peek();
		if (ch == '{') {
			Map<String, Object> object = new LinkedHashMap<>();
			this.pos++;
			while (!next('}')) {
				String key = string();
				expect(':');
				object.put(key, value());
				next(',');
			}
			return object;
		}
		if (ch == '[') {
			List<Object> array = new ArrayList<>();
			this.pos++;
			while (!next(']')) {
				array.add(value());
				next(',');
			}
			return array;
		}
		return string();
	}

	private String string() {
		skipSpace();
		expect('"');
		StringBuilder out = new StringBuilder();
		while (peek() != '"') {
			char ch = this.text.charAt(this.pos++);
			if (ch == '\\') {
				char escaped = this.text.charAt(this.pos++);
				switch (escaped) {
					case 'n' -> out.append('\n');
					case 'r' -> out.append('\r');
					case 't' -> out.append('\t');
					case 'u' -> {
						out.append((char) Integer.parseInt(this.text.substring(this.pos, this.pos + 4), 16));
						this.pos += 4;
					}
					default -> out.append(escaped);
				}
			}
			else {
				out.append(ch);
			}
		}
		this.pos++;
		return out.toString();
	}

	private boolean next(char ch) {
		skipSpace();
		if (this.pos < this.text.length() && this.text.charAt(this.pos) == ch) {
			this.pos++;
			return true;
		}
		return false;
	}

	private void expect(char ch) {
		if (!next(ch)) {
			throw error();
		}
	}

	private char peek() {
		if (this.pos >= this.text.length()) {
			throw error();
		}
		return this.text.charAt(this.pos);
	}

	private void skipSpace() {
		while (this.pos < this.text.length() && Character.isWhitespace(this.text.charAt(this.pos))) {
			this.pos++;
		}
	}

	private IllegalArgumentException error() {
		return new IllegalArgumentException("Malformed index JSON at character " + this.pos);
	}

}
