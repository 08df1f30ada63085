package dev.serveractions.action.ownerapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application as a Spring sample has it (owners with an edit page, a {@code @ModelAttribute}
 * loader, flash messages, {@code @ControllerAdvice}), its form handlers moved to server actions.
 */
@SpringBootApplication
public class OwnerApplication {

}
