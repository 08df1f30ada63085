/**
 * The {@code sa:} Thymeleaf dialects: forms and buttons that post to server actions, signed
 * bound values, the client runtime's script tag, the {@code #actions} expression object, and
 * the {@code sa:cache} fragment cache.
 *
 * @see dev.serveractions.thymeleaf.ServerActionsDialect
 */
@NullMarked
package dev.serveractions.thymeleaf;

import org.jspecify.annotations.NullMarked;
