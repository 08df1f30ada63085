package dev.serveractions.action.visitapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application shaped as Spring's best-known sample is: package-private controllers whose form
 * handlers became actions in place, one template for create and edit, a package-private actions
 * bean and route handler.
 */
@SpringBootApplication
public class VisitApplication {

}
