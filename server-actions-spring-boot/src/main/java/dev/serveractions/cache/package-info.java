/**
 * The service provider interface of the response and fragment caches: where entries are kept
 * ({@link dev.serveractions.cache.CacheStore}, with the in-process
 * {@link dev.serveractions.cache.CaffeineCacheStore} as default), what is kept
 * ({@link dev.serveractions.cache.CacheEntry}), and what makes requests get distinct entries
 * ({@link dev.serveractions.cache.CacheVariant}). Applications use
 * {@link dev.serveractions.revalidation.CachedResponse @CachedResponse}, {@code sa:cache} and
 * {@link dev.serveractions.revalidation.RevalidationService}; this package is for those who
 * replace or extend the store.
 */
@NullMarked
package dev.serveractions.cache;

import org.jspecify.annotations.NullMarked;
