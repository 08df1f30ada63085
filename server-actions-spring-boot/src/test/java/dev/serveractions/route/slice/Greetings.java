package dev.serveractions.route.slice;

import org.springframework.stereotype.Service;

/** A service: {@code @WebMvcTest} slices leave it out. */
@Service
class Greetings {

	String greet(String name) {
		return "Hello, " + name;
	}

}
