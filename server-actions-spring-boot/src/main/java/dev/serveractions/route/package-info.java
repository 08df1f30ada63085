/**
 * Route handlers: one class per resource path, methods named after HTTP verbs.
 *
 * @see dev.serveractions.route.RouteHandler
 */
@NullMarked
package dev.serveractions.route;

import org.jspecify.annotations.NullMarked;
