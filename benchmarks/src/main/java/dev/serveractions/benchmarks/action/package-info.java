/**
 * Endpoints of the server action benchmark ({@code benchmarks/run.sh}, group {@code actions}): one
 * guestbook page whose form posts to a server action, and the same page with a hand-written
 * {@code @PostMapping}, both doing the same work.
 */
@NullMarked
package dev.serveractions.benchmarks.action;

import org.jspecify.annotations.NullMarked;
