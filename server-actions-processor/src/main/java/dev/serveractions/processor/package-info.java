/**
 * The {@code javac} annotation processor of Server Actions for Spring Boot: compile-time checks
 * of route handlers, server actions and the action names used in templates, and the index
 * {@code META-INF/server-actions/index.json}.
 *
 * @see dev.serveractions.processor.ServerActionsProcessor
 */
@NullMarked
package dev.serveractions.processor;

import org.jspecify.annotations.NullMarked;
