package dev.serveractions.actuate.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application with a route handler, a page with actions and a cached response. */
@SpringBootApplication
public class OpsApplication {

}
