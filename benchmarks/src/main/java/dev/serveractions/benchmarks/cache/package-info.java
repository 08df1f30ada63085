/**
 * Endpoints of the revalidation benchmark ({@code benchmarks/revalidation.sh}).
 */
@NullMarked
package dev.serveractions.benchmarks.cache;

import org.jspecify.annotations.NullMarked;
