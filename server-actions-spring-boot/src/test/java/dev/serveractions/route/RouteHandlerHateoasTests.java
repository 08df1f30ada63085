package dev.serveractions.route;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import com.jayway.jsonpath.JsonPath;
import dev.serveractions.route.hateoasapp.EmployeeStore;
import dev.serveractions.route.hateoasapp.HateoasApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring HATEOAS's {@code linkTo(methodOn(SomeRoute.class).get(id))} builds for a route handler
 * the link it builds for the {@code @RestController} the route was ported from.
 */
@SpringBootTest(classes = HateoasApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class RouteHandlerHateoasTests {

	private static final String NEW_EMPLOYEE = "{\"name\":\"Bilbo\",\"role\":\"burglar\"}";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	EmployeeStore store;

	@BeforeEach
	void emptyStore() {
		this.store.reset();
	}

	@Test
	void aPostToARouteHandlerAnswersTheLinksItsRestControllerTwinAnswers() throws Exception {
		HttpResponse<String> route = send("POST", "/api/employees", NEW_EMPLOYEE);
		this.store.reset();
		HttpResponse<String> twin = send("POST", "/rest/employees", NEW_EMPLOYEE);

		assertThat(route.statusCode()).isEqualTo(201);
		assertThat(twin.statusCode()).isEqualTo(201);
		String self = "http://localhost:" + this.port + "/api/employees/1";
		assertThat(route.headers().firstValue("Location")).hasValue(self);
		assertThat(href(route, "self")).isEqualTo(self);
		assertThat(href(route, "employees")).isEqualTo("http://localhost:" + this.port + "/api/employees{?role}");
		assertThat(route.headers().firstValue("Location").orElseThrow())
			.isEqualTo(asRoute(twin.headers().firstValue("Location").orElseThrow()));
		assertThat(href(route, "self")).isEqualTo(asRoute(href(twin, "self")));
		assertThat(href(route, "employees")).isEqualTo(asRoute(href(twin, "employees")));
	}

	@Test
	void aGetOfARouteHandlerLinksAsItsTwinWithPathVariablesAndQueryParameters() throws Exception {
		this.store.save(new dev.serveractions.route.hateoasapp.NewEmployee("Frodo", "engineer"));

		HttpResponse<String> one = send("GET", "/api/employees/1", null);
		HttpResponse<String> all = send("GET", "/api/employees?role=engineer", null);
		HttpResponse<String> twinAll = send("GET", "/rest/employees?role=engineer", null);

		assertThat(one.statusCode()).isEqualTo(200);
		assertThat(one.headers().firstValue("Content-Type")).hasValue("application/hal+json");
		assertThat(href(one, "self")).isEqualTo(asRoute(href(send("GET", "/rest/employees/1", null), "self")));
		assertThat(href(all, "self")).isEqualTo("http://localhost:" + this.port + "/api/employees?role=engineer");
		assertThat(href(all, "self")).isEqualTo(asRoute(href(twinAll, "self")));
		assertThat(href(all, "engineers")).isEqualTo(asRoute(href(twinAll, "engineers")));
		assertThat((String) JsonPath.read(all.body(), "$._embedded.employeeList[0]._links.self.href"))
			.isEqualTo("http://localhost:" + this.port + "/api/employees/1");
	}

	private static String href(HttpResponse<String> response, String rel) {
		return JsonPath.read(response.body(), "$._links." + rel + ".href");
	}

	private static String asRoute(String twinHref) {
		return twinHref.replace("/rest/", "/api/");
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/hal+json")
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
