package dev.serveractions.todoapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A todo application of the demo's shape: a list page and an edit page whose forms post server
 * actions (the edit page's action and its loader take the page's {@code {id}}), and a JSON API of
 * route handlers. Clients' mistakes are sent to it.
 */
@SpringBootApplication
public class TodoApplication {

}
