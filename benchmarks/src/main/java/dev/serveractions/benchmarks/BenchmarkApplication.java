package dev.serveractions.benchmarks;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * One application that serves the same endpoints in each of the shapes the benchmarks compare,
 * so that every variant runs in the same JVM with the same data.
 */
@SpringBootApplication
public class BenchmarkApplication {

	public static void main(String[] args) {
		SpringApplication.run(BenchmarkApplication.class, args);
	}

	@Bean
	List<Todo> todos() {
		return IntStream.rangeClosed(1, 20)
			.mapToObj((i) -> new Todo(i, "Todo number " + i, i % 3 == 0))
			.toList();
	}

	/** A todo as the list endpoints return it. */
	public record Todo(long id, String text, boolean done) {
	}

}
