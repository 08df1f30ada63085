/**
 * Operations: the {@code serveractions} Actuator endpoint and the cache meters, each present only
 * when Actuator or Micrometer is on the classpath. See {@code docs/operations.md}.
 */
@NullMarked
package dev.serveractions.actuate;

import org.jspecify.annotations.NullMarked;
