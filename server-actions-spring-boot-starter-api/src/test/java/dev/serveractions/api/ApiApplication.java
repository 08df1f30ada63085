package dev.serveractions.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application of route handlers only, built on the API starter: no templates, no views. */
@SpringBootApplication
public class ApiApplication {

}
