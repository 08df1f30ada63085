/**
 * Startup diagnostics: the mistakes the library finds in an application's route handlers and
 * server actions, reported together as Spring Boot's "APPLICATION FAILED TO START".
 *
 * @see dev.serveractions.diagnostics.StartupMistakes
 */
@NullMarked
package dev.serveractions.diagnostics;

import org.jspecify.annotations.NullMarked;
