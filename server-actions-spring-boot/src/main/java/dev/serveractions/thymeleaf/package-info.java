/**
 * The {@code sa:} Thymeleaf dialect: forms and buttons that post to server actions, signed
 * bound values, the client runtime's script tag and the {@code #actions} expression object.
 *
 * @see dev.serveractions.thymeleaf.ServerActionsDialect
 */
@NullMarked
package dev.serveractions.thymeleaf;

import org.jspecify.annotations.NullMarked;
