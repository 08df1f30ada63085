/**
 * Server actions: annotated bean methods that Thymeleaf forms submit to by action id.
 *
 * @see dev.serveractions.action.ServerAction
 */
@NullMarked
package dev.serveractions.action;

import org.jspecify.annotations.NullMarked;
