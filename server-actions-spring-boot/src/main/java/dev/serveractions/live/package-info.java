/**
 * Live pages: regions marked {@code sa:live} subscribe, over one Server-Sent Events connection
 * per tab, to the tags and paths they were rendered from, and every revalidation applied on this
 * instance (local, or from another instance through {@code server-actions-redis}) tells the
 * connections it reaches to refresh.
 *
 * @see dev.serveractions.live.LiveSubscriptions
 * @see dev.serveractions.live.LiveProperties
 */
@NullMarked
package dev.serveractions.live;

import org.jspecify.annotations.NullMarked;
