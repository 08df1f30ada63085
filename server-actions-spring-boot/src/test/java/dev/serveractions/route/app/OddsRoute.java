package dev.serveractions.route.app;

import dev.serveractions.route.RouteHandler;
import dev.serveractions.route.app.RouteTestApplication.TeapotException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.CrossOrigin;

/** Returns and failures of every kind, and a CORS policy. */
@RouteHandler("/odds/{what}")
@CrossOrigin(origins = "https://allowed.example", exposedHeaders = "X-Odds")
public class OddsRoute {

	public Object get(String what) {
		return switch (what) {
			case "problem" -> {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Already there.");
				problem.setProperty("hint", "try another");
				yield problem;
			}
			case "teapot" -> throw new TeapotException();
			case "boom" -> throw new IllegalStateException("secret at jdbc:h2:mem:internal-db");
			default -> java.util.Map.of("what", what);
		};
	}

	public void post(String what) {
	}

}
