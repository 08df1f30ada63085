/**
 * The live pages benchmark ({@code benchmarks/run.sh}, group {@code live}): a live page, the
 * write that revalidates it, and the client that holds thousands of its event streams.
 */
@NullMarked
package dev.serveractions.benchmarks.live;

import org.jspecify.annotations.NullMarked;
