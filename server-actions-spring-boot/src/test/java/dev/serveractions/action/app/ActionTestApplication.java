package dev.serveractions.action.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application with server actions of every shape the tests need, on a notes page. */
@SpringBootApplication
public class ActionTestApplication {

}
