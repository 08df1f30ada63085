package dev.serveractions.action;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import dev.serveractions.action.ownerapp.Owner;
import dev.serveractions.action.ownerapp.OwnerApplication;
import dev.serveractions.action.ownerapp.Owners;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.RequiredSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.serveractions.action.ActionClient.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With Actuator on the classpath, Spring Boot's {@code MeterRegistry} times every action run
 * ({@code serveractions.action}) and records each action POST in {@code http.server.requests}
 * under its page's URI template, with the action's name.
 */
@SpringBootTest(classes = OwnerApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "server-actions.secret=owners-secret-of-at-least-32-bytes!!")
class ActionObservationIntegrationTests {

	private static final String EDIT = "/owners/{ownerId}/edit";

	@LocalServerPort
	int port;

	@Autowired
	Owners owners;

	@Autowired
	ServerActions actions;

	@Autowired
	MeterRegistry meters;

	ActionClient client;

	Owner owner;

	@BeforeEach
	void setUp() {
		this.meters.clear();
		this.owners.reset();
		this.owner = this.owners.save(new Owner(null, "George", "Madison"));
		this.client = new ActionClient(this.port);
	}

	private String editPage() {
		return "/owners/" + this.owner.getId() + "/edit";
	}

	private Map<String, String> form(String name, String... fields) {
		return with(Map.of(ServerActions.ACTION_FIELD, this.actions.id(name)), fields);
	}

	@Test
	void aRedirectingActionIsRecordedUnderItsPagesUriTemplateWithItsName() throws Exception {
		HttpResponse<String> response = this.client.post(editPage(), form("owners.update", "name", "Betty"));
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(request("owners.update", "303").uri()).isEqualTo(EDIT);
		assertThat(action("owners.update", "REDIRECT").count()).isEqualTo(1);
	}

	@Test
	void anInvalidSubmissionRenderedAgainIsRecordedUnderItsPagesUriTemplate() throws Exception {
		HttpResponse<String> response = this.client.post(editPage(), form("owners.update", "name", ""));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(request("owners.update", "422").uri()).isEqualTo(EDIT);
		assertThat(action("owners.update", "INVALID").count()).isEqualTo(1);
	}

	@Test
	void aRuntimeCallAnsweredWithJsonIsRecordedUnderItsPagesUriTemplate() throws Exception {
		HttpResponse<String> response = this.client.post(editPage(), Map.of(), "Sa-Action",
				this.actions.id("owners.count"), "Accept", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		assertThat(request("owners.count", "200").uri()).isEqualTo(EDIT);
		assertThat(action("owners.count", "RESULT").count()).isEqualTo(1);
	}

	@Test
	void aFailingActionIsRecordedUnderItsPagesUriTemplateAndItsExceptionOnTheActionTimer() throws Exception {
		HttpResponse<String> response = this.client.post(editPage(), form("owners.boom"));
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(request("owners.boom", "500").uri()).isEqualTo(EDIT);
		Timer failed = action("owners.boom", "EXCEPTION");
		assertThat(failed.getId().getTag("error")).isEqualTo("IllegalStateException");
	}

	@Test
	void aUserFacingFailureIsTimedAsFailedWithItsException() throws Exception {
		HttpResponse<String> response = this.client.post(editPage(), form("owners.closed"));
		assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(request("owners.closed", String.valueOf(response.statusCode())).uri()).isEqualTo(EDIT);
		assertThat(action("owners.closed", "FAILED").getId().getTag("error")).isEqualTo("UserFacingException");
	}

	@Test
	void requestsThatRunNoActionCarryTheActionKeyAsNone() throws Exception {
		assertThat(this.client.get(editPage()).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.meters.find("http.server.requests")
				.tags("uri", EDIT, "method", "GET", "action", "none")
				.timer()).isNotNull());
	}

	private Recorded request(String action, String status) {
		RequiredSearch search = this.meters.get("http.server.requests").tags("action", action, "status", status);
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(search.timers()).hasSize(1));
		return new Recorded(search.timer().getId().getTag("uri"));
	}

	private Timer action(String name, String outcome) {
		return this.meters.get("serveractions.action").tags("action", name, "outcome", outcome).timer();
	}

	private record Recorded(String uri) {

	}

}
