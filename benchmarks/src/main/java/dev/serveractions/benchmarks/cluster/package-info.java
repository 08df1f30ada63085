/**
 * Endpoints of the cluster benchmark ({@code benchmarks/run.sh}, group {@code cluster}): how long
 * a revalidation takes to reach another instance, and what a shared second-level store would
 * save.
 */
@NullMarked
package dev.serveractions.benchmarks.cluster;

import org.jspecify.annotations.NullMarked;
