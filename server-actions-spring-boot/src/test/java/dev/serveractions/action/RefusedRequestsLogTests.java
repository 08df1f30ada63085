package dev.serveractions.action;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.serveractions.action.app.ActionTestApplication;
import dev.serveractions.action.app.NoteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.serveractions.action.ActionClient.hiddenFields;
import static dev.serveractions.action.ActionClient.with;
import static org.assertj.core.api.Assertions.assertThat;

/** A flood of bad requests leaves a few log lines an operator can keep, and every answer still says why. */
@ExtendWith(OutputCaptureExtension.class)
class RefusedRequestsLogTests {

	private static final String ATTACKER = "ATTACKER-CHOSEN";

	private static final int EACH = 40;

	@Test
	void aFloodOfBadRequestsLogsAFewLinesWithoutTheAttackersTextAndEachAnswerSaysWhy(CapturedOutput output)
			throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ActionTestApplication.class)
			.properties("server.port=0", "server-actions.secret=test-secret-of-at-least-32-bytes!!!",
					"server-actions.max-body-size=2KB")
			.run();
		int startedAt = output.length();
		List<Refusal> refusals = new ArrayList<>();
		try {
			ServerActions actions = context.getBean(ServerActions.class);
			context.getBean(NoteStore.class).add("keep me", null);
			ActionClient client = new ActionClient(((WebServerApplicationContext) context).getWebServer().getPort());
			Map<String, String> deleteForm = hiddenFields(client.get("/notes").body(), "class=\"delete\"");
			String add = actions.id("notes.add");
			for (int i = 0; i < EACH; i++) {
				String mark = ATTACKER + "-" + i;
				refusals.add(new Refusal(403, "only accept posts from this site", () -> client.post("/notes",
						Map.of(ServerActions.ACTION_FIELD, add, "text", mark), "Origin", "https://" + mark + ".example")));
				refusals.add(new Refusal(400, "not correctly encoded", () -> client.raw("/" + mark,
						"application/x-www-form-urlencoded", ServerActions.ACTION_FIELD + "=" + add + "&text=%E0%A4%A")));
				refusals.add(new Refusal(404, "no server action with that name",
						() -> client.post("/notes", Map.of(), "Sa-Action-Name", mark)));
				refusals.add(new Refusal(409, "out of date",
						() -> client.post("/notes", Map.of(ServerActions.ACTION_FIELD, mark, "text", mark))));
				refusals.add(new Refusal(400, "bound values are missing or were changed", () -> client.post("/notes",
						with(deleteForm, ServerActions.BIND_FIELD, mark))));
				refusals.add(new Refusal(413, "larger than", () -> client.post("/notes?" + mark,
						Map.of(ServerActions.ACTION_FIELD, add, "text", mark.repeat(200)))));
				refusals.add(new Refusal(400, "max", () -> client.post("/notes",
						Map.of(ServerActions.ACTION_FIELD, actions.id("notes.limit"), "max", mark))));
				refusals.add(new Refusal(400, "multipart body is malformed", () -> client.raw("/notes",
						"multipart/form-data; boundary=nope", "--nope\r\nContent-Disposition: form-data; name=\"" + mark
								+ "\"\r\n\r\nabc", "Sa-Action", add)));
				refusals.add(new Refusal(404, "no page at this address",
						() -> client.post("/" + mark, Map.of(ServerActions.ACTION_FIELD, add, "text", mark))));
			}
			for (Refusal refusal : refusals) {
				HttpResponse<String> answer = refusal.request().call();
				assertThat(answer.statusCode()).as(refusal.reason()).isEqualTo(refusal.status());
				assertThat(answer.body()).as("the answer says why").contains(refusal.reason());
			}
			assertThat(warnings(output, startedAt)).as("while the flood lasts").hasSize(1);
		}
		finally {
			context.close();
		}
		List<String> warnings = warnings(output, startedAt);
		assertThat(warnings).as("after it, with the summary").hasSize(2);
		assertThat(warnings).noneMatch((line) -> line.contains(ATTACKER));
		assertThat(warnings.get(0)).contains("Refused a request with 403: cross-site.");
		assertThat(warnings.get(1)).contains("Refused " + (refusals.size() - 1) + " more requests",
				(EACH - 1) + " cross-site", (2 * EACH) + " malformed body", EACH + " unknown action", EACH + " out-of-date form", EACH + " no page",
				EACH + " changed bound values", EACH + " too large", EACH + " invalid input");
		assertThat(output.toString().substring(startedAt)).doesNotContain("\tat ");
	}

	private static List<String> warnings(CapturedOutput output, int from) {
		return output.toString().substring(from).lines().filter((line) -> line.contains(" WARN ")).toList();
	}

	record Refusal(int status, String reason, Callable<HttpResponse<String>> request) {
	}

}
