/**
 * Thymeleaf integration: the {@code sa:} dialects.
 */
@NullMarked
package dev.serveractions.thymeleaf;

import org.jspecify.annotations.NullMarked;
