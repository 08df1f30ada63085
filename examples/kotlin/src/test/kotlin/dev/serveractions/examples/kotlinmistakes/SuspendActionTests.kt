package dev.serveractions.examples.kotlinmistakes

import dev.serveractions.action.ServerAction
import kotlinx.coroutines.delay
import org.assertj.core.api.Assertions.assertThatException
import org.junit.jupiter.api.Test
import org.springframework.boot.SpringApplication
import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.stereotype.Component

/** An application of its own (outside the notes' package): its one action is a `suspend fun`. */
@SpringBootApplication
class SuspendActionApplication

@Component
class LateActions {

	@ServerAction("late.add")
	suspend fun add(text: String) {
		delay(1)
	}

}

class SuspendActionTests {

	@Test
	fun `a suspend server action fails the startup saying to make it a plain fun`() {
		assertThatException()
			.isThrownBy { SpringApplication.run(SuspendActionApplication::class.java, "--server.port=0").close() }
			.havingRootCause()
			.withMessageContaining("@ServerAction dev.serveractions.examples.kotlinmistakes.LateActions.add() is a Kotlin suspend function")
			.withMessageContaining("Make dev.serveractions.examples.kotlinmistakes.LateActions.add() a plain fun; call suspending code from it with runBlocking { ... }.")
	}

}
