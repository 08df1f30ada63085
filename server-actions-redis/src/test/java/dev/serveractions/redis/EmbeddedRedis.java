package dev.serveractions.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.embedded.RedisServer;

/**
 * A real Redis server (embedded-redis's bundled binary) on a free loopback port, without
 * persistence, for the tests of a class; it can be stopped and started again on the same port.
 * {@code -Dredis.executable=/usr/bin/redis-server} is not needed: the bundled one runs here.
 */
final class EmbeddedRedis implements BeforeAllCallback, AfterAllCallback {

	private final int port = freePort();

	private RedisServer server;

	private long pid = -1;

	int port() {
		return this.port;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
	}

	void start() {
		try {
			this.server = RedisServer.newRedisServer()
				.port(this.port)
				.bind("127.0.0.1")
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			Set<Long> before = children();
			this.server.start();
			// the server is the child process of this JVM that was not there before
			Set<Long> started = children();
			started.removeAll(before);
			this.pid = started.stream().findFirst().orElse(-1L);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void stop() {
		try {
			if (this.server != null && this.server.isActive()) {
				this.server.stop();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Freezes the server as a hung host would: it keeps its connections and answers nothing. */
	void freeze() {
		signal("-STOP");
	}

	/** Lets a frozen server go on. */
	void thaw() {
		signal("-CONT");
	}

	private void signal(String signal) {
		long pid = this.pid;
		if (pid < 0) {
			throw new IllegalStateException("the Redis server's process is not known");
		}
		try {
			int exit = new ProcessBuilder("kill", signal, String.valueOf(pid)).inheritIO().start().waitFor();
			if (exit != 0) {
				throw new IllegalStateException("kill " + signal + " " + pid + " exited with " + exit);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Set<Long> children() {
		return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toCollection(HashSet::new));
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
