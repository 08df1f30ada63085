/**
 * Test support for applications: call server actions from MockMvc tests.
 *
 * @see dev.serveractions.test.ServerActionsMockMvc
 */
@NullMarked
package dev.serveractions.test;

import org.jspecify.annotations.NullMarked;
