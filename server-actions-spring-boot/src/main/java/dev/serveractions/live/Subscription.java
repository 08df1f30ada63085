package dev.serveractions.live;

import java.util.Set;

/**
 * What one tab listens to: the tags its live regions were rendered from, and when the oldest of
 * them began to render (on the {@link LiveClock}).
 */
record Subscription(Set<String> tags, long since) {

}
