/**
 * Revalidation: whole responses cached with
 * {@link dev.serveractions.revalidation.CachedResponse @CachedResponse}, fragments cached with
 * {@code sa:cache} (through {@link dev.serveractions.revalidation.FragmentCache}), and both
 * cleared by path and tag through {@link dev.serveractions.revalidation.RevalidationService} or
 * {@link dev.serveractions.revalidation.Revalidates @Revalidates}. The store behind them is in
 * {@link dev.serveractions.cache}.
 */
@NullMarked
package dev.serveractions.revalidation;

import org.jspecify.annotations.NullMarked;
