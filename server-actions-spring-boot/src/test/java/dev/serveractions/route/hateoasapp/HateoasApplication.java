package dev.serveractions.route.hateoasapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.hateoas.config.EnableHypermediaSupport;
import org.springframework.hateoas.config.EnableHypermediaSupport.HypermediaType;

/**
 * A Spring HATEOAS REST API whose resources are route handlers, with a {@code @RestController}
 * twin of each under {@code /rest}: the links each builds must be the same but for that prefix.
 */
@SpringBootApplication
@EnableHypermediaSupport(type = HypermediaType.HAL)
public class HateoasApplication {

}
