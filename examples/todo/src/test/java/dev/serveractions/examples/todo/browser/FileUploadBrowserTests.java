package dev.serveractions.examples.todo.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.serveractions.examples.todo.Attachment;
import dev.serveractions.examples.todo.Todo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Attaching a file to a todo: a multipart form posted to an action with a {@code MultipartFile}. */
class FileUploadBrowserTests extends TodoPageBrowserTest {

	private static final byte[] SHOPPING_LIST = "milk\nbread\nolive oil (the good one)\n"
		.getBytes(StandardCharsets.UTF_8);

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void anAttachedFileIsStoredWithItsTodoAndCanBeDownloaded(boolean javaScript) throws IOException {
		Todo shopping = this.todos.add("Go shopping", false);
		Todo call = this.todos.add("Call mum", false);
		Page page = openTodos(javaScript);
		item(page, shopping).getByText("Attach").click(); // opens the row's disclosure
		item(page, shopping).locator("input[type=file]")
			.setInputFiles(new FilePayload("shopping list.txt", "text/plain", SHOPPING_LIST));
		upload(page, shopping).click();

		expect(item(page, shopping).locator(".attachments a")).hasText("shopping list.txt");
		expect(item(page, shopping).locator(".attachments li")).containsText(SHOPPING_LIST.length + " bytes");
		expect(item(page, call).locator(".attachments")).hasCount(0);
		assertThat(this.attachments.findAll()).extracting(Attachment::todoId, Attachment::name, Attachment::size)
			.containsExactly(tuple(shopping.id(), "shopping list.txt",
					(long) SHOPPING_LIST.length));

		Download download = page.waitForDownload(() -> item(page, shopping).getByText("shopping list.txt").click());
		assertThat(download.suggestedFilename()).isEqualTo("shopping list.txt");
		assertThat(Files.readAllBytes(download.path())).isEqualTo(SHOPPING_LIST);
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void attachingWithoutChoosingAFileSaysSoAndStoresNothing(boolean javaScript) {
		Todo shopping = this.todos.add("Go shopping", false);
		Page page = openTodos(javaScript);
		item(page, shopping).getByText("Attach").click();
		upload(page, shopping).click();
		expect(page.locator("#error")).hasText("Choose a file to attach.");
		assertThat(this.attachments.findAll()).isEmpty();
	}

	/** The submit button of a todo's attach form, shown once its "Attach" disclosure is open. */
	private static Locator upload(Page page, Todo todo) {
		return item(page, todo).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload"));
	}

	@ParameterizedTest(name = "JavaScript on: {0}")
	@ValueSource(booleans = { true, false })
	void deletingATodoDeletesItsAttachments(boolean javaScript) {
		Todo shopping = this.todos.add("Go shopping", false);
		this.attachments.add(shopping.id(), "list.txt", SHOPPING_LIST);
		Page page = openTodos(javaScript);
		expect(item(page, shopping).locator(".attachments a")).hasText("list.txt");
		item(page, shopping).locator(".delete button").click();
		expect(page.locator("#empty")).isVisible();
		assertThat(this.attachments.findAll()).isEmpty();
	}

}
