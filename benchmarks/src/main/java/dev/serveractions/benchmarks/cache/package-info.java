/**
 * Endpoints of the revalidation benchmark ({@code benchmarks/run.sh}, group {@code cache}).
 */
@NullMarked
package dev.serveractions.benchmarks.cache;

import org.jspecify.annotations.NullMarked;
