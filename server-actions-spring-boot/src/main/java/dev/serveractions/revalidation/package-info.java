/**
 * Revalidation: a response cache ({@link dev.serveractions.revalidation.CachedResponse}), the
 * store behind it and the Thymeleaf fragment cache, cleared by path and tag through
 * {@link dev.serveractions.revalidation.RevalidationService}.
 */
@NullMarked
package dev.serveractions.revalidation;

import org.jspecify.annotations.NullMarked;
