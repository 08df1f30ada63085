/**
 * RFC 9457 problem details shared by route handlers and server actions.
 */
@NullMarked
package dev.serveractions.problem;

import org.jspecify.annotations.NullMarked;
