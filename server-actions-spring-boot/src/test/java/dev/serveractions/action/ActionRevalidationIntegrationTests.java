package dev.serveractions.action;

import java.net.http.HttpResponse;
import java.util.Map;

import dev.serveractions.action.boardapp.BoardApplication;
import dev.serveractions.action.boardapp.BoardApplication.Board;
import dev.serveractions.cache.CacheVariant;
import dev.serveractions.revalidation.RevalidationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;

import static dev.serveractions.action.ActionClient.hiddenFields;
import static dev.serveractions.action.ActionClient.with;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = BoardApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "server-actions.secret=board-secret-of-at-least-32-bytes!!")
class ActionRevalidationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Board board;

	@Autowired
	RevalidationService revalidation;

	@Autowired
	ServerActions actions;

	ActionClient client;

	@BeforeEach
	void setUp() {
		this.board.reset();
		this.revalidation.revalidateTag("board");
		this.client = new ActionClient(this.port);
	}

	@Test
	void anActionWithRevalidatesClearsTheCachedFragmentItChanged() throws Exception {
		String page = this.client.get("/board").body();
		assertThat(this.client.get("/board").body()).doesNotContain("<li>");
		assertThat(this.board.fetches).hasValue(1);
		HttpResponse<String> response = this.client.post("/board",
				with(hiddenFields(page, "id=\"post\""), "text", "hello"));
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(this.client.get("/board").body()).contains("<li>hello</li>");
		assertThat(this.board.fetches).hasValue(2);
	}

	@Test
	void anActionWithRevalidatesClearsTheCachedPageItChanged() throws Exception {
		String page = this.client.get("/board/cached").body();
		assertThat(this.client.get("/board/cached").headers().firstValue("X-Cache")).hasValue("HIT");
		this.client.post("/board", with(hiddenFields(page, "id=\"post\""), "text", "fresh"));
		HttpResponse<String> after = this.client.get("/board/cached");
		assertThat(after.headers().firstValue("X-Cache")).hasValue("MISS");
		assertThat(after.body()).contains("<li>fresh</li>");
	}

	@Test
	void theRuntimesReRenderInTheSameResponseAlreadySeesTheRevalidatedFragment() throws Exception {
		this.client.get("/board");
		HttpResponse<String> response = this.client.post("/board", Map.of("text", "in one trip"),
				ServerActions.ACTION_HEADER, this.actions.id("board.post"), "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<li>in one trip</li>");
	}

	@Test
	void aFailedActionRevalidatesNothing() throws Exception {
		this.board.posts.add("kept");
		String page = this.client.get("/board/cached").body();
		HttpResponse<String> invalid = this.client.post("/board",
				with(hiddenFields(page, "id=\"post\""), "text", " "));
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(this.client.get("/board/cached").headers().firstValue("X-Cache")).hasValue("HIT");
	}

	@Test
	void cachedHtmlIsKeptPerKeyringVersionSoItNeverPostsToIdsThatNoLongerVerify() {
		Keyring current = new Keyring("board-secret-of-at-least-32-bytes!!", java.util.List.of());
		Keyring rotated = new Keyring("new-secret-of-at-least-32-bytes!!!!", java.util.List.of("board-secret-of-at-least-32-bytes!!"));
		assertThat(current.version()).isNotEqualTo(rotated.version());
		assertThat(new Keyring("board-secret-of-at-least-32-bytes!!", java.util.List.of()).version()).isEqualTo(current.version());
		// without a secret, the development key lasts as long as the JVM (devtools restarts keep it)
		assertThat(new Keyring(null, java.util.List.of()).version())
			.isEqualTo(new Keyring(null, java.util.List.of()).version());
	}

	@Test
	void theKeyringVersionIsPartOfEveryCacheKey(@Autowired java.util.List<CacheVariant> variants) {
		String expected = new Keyring("board-secret-of-at-least-32-bytes!!", java.util.List.of()).version();
		assertThat(variants).extracting((variant) -> variant.variant(new MockHttpServletRequest())).contains(expected);
	}

}
