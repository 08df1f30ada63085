/**
 * Auto-configuration for route handlers, server actions and revalidation.
 */
@NullMarked
package dev.serveractions.autoconfigure;

import org.jspecify.annotations.NullMarked;
