package dev.serveractions.benchmarks.live;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * The floor the live benchmark compares against: the same event streams on the wire (HTTP/1.1,
 * chunked {@code text/event-stream}, the same event bytes), served by plain Java NIO with no
 * servlet container, no Spring and no library. {@code GET /_sa/live} opens a stream, {@code POST}
 * writes one refresh event to every open stream, on as many writer threads as the library uses
 * (one per processor, at most four), one write per stream, and answers {@code 200} at once, as
 * the benchmark app's revalidating endpoint does. Any other request gets an empty {@code 200}.
 * Nothing here is a server anyone should run: it trusts every byte it reads.
 *
 * <pre>
 * java -cp benchmarks/target/classes dev.serveractions.benchmarks.live.RawEventServer PORT
 * </pre>
 */
public final class RawEventServer {

	private static final byte[] STREAM_HEAD = ("HTTP/1.1 200 \r\nContent-Type: text/event-stream\r\n"
			+ "Cache-Control: no-store\r\nX-Accel-Buffering: no\r\nTransfer-Encoding: chunked\r\n\r\n"
			+ chunk("retry:3000\n\n")).getBytes(StandardCharsets.US_ASCII);

	private static final byte[] EMPTY = "HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final Lane[] lanes = new Lane[Math.min(4, Runtime.getRuntime().availableProcessors())];

	private int next;

	private RawEventServer() {
		for (int i = 0; i < this.lanes.length; i++) {
			this.lanes[i] = new Lane();
			Thread thread = new Thread(this.lanes[i], "floor-writer-" + (i + 1));
			thread.setDaemon(true);
			this.lanes[i].thread = thread;
			thread.start();
		}
	}

	public static void main(String[] args) throws IOException {
		new RawEventServer().serve(Integer.parseInt(args[0]));
	}

	private static String chunk(String data) {
		return Integer.toHexString(data.length()) + "\r\n" + data + "\r\n";
	}

	/** Accepts connections and reads requests on this thread; the lanes write the events. */
	private void serve(int port) throws IOException {
		Selector selector = Selector.open();
		ServerSocketChannel server = ServerSocketChannel.open();
		server.bind(new InetSocketAddress("127.0.0.1", port), 2000);
		server.configureBlocking(false);
		server.register(selector, SelectionKey.OP_ACCEPT);
		ByteBuffer buffer = ByteBuffer.allocateDirect(16 * 1024);
		while (true) {
			selector.select();
			for (Iterator<SelectionKey> keys = selector.selectedKeys().iterator(); keys.hasNext();) {
				SelectionKey key = keys.next();
				keys.remove();
				if (key.isAcceptable()) {
					SocketChannel channel = server.accept();
					if (channel != null) {
						channel.configureBlocking(false);
						channel.register(selector, SelectionKey.OP_READ, new StringBuilder());
					}
				}
				else if (key.isReadable()) {
					read(key, buffer);
				}
			}
		}
	}

	private void read(SelectionKey key, ByteBuffer buffer) throws IOException {
		SocketChannel channel = (SocketChannel) key.channel();
		StringBuilder request = (StringBuilder) key.attachment();
		buffer.clear();
		int read;
		try {
			read = channel.read(buffer);
		}
		catch (IOException ex) {
			read = -1;
		}
		if (read < 0) {
			key.cancel();
			channel.close();
			return;
		}
		buffer.flip();
		while (buffer.hasRemaining()) {
			request.append((char) buffer.get());
		}
		int end;
		while ((end = request.indexOf("\r\n\r\n")) >= 0) {
			String head = request.substring(0, end);
			request.delete(0, end + 4);
			if (head.startsWith("GET /_sa/live")) {
				key.interestOps(0); // the stream's writes belong to its lane from now on
				this.lanes[Math.floorMod(this.next++, this.lanes.length)].opened.add(channel);
				return;
			}
			if (head.startsWith("POST")) {
				long time = System.currentTimeMillis();
				byte[] event = chunk("event:refresh\nid:" + time + "\ndata:" + time + "\n\n")
					.getBytes(StandardCharsets.US_ASCII);
				for (Lane lane : this.lanes) {
					lane.due.add(event);
					LockSupport.unpark(lane.thread);
				}
			}
			writeFully(channel, ByteBuffer.wrap(EMPTY));
		}
	}

	private static boolean writeFully(SocketChannel channel, ByteBuffer bytes) {
		try {
			while (bytes.hasRemaining()) {
				if (channel.write(bytes) == 0) {
					Thread.onSpinWait();
				}
			}
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** One writer thread and the streams it owns. */
	private static final class Lane implements Runnable {

		final Queue<SocketChannel> opened = new ConcurrentLinkedQueue<>();

		final Queue<byte[]> due = new ConcurrentLinkedQueue<>();

		final List<SocketChannel> streams = new ArrayList<>();

		volatile Thread thread;

		@Override
		public void run() {
			ByteBuffer buffer = ByteBuffer.allocateDirect(1024);
			while (true) {
				for (SocketChannel channel; (channel = this.opened.poll()) != null;) {
					if (writeFully(channel, ByteBuffer.wrap(STREAM_HEAD))) {
						this.streams.add(channel);
					}
				}
				byte[] event = this.due.poll();
				if (event == null) {
					LockSupport.parkNanos(10_000_000);
					continue;
				}
				buffer.clear();
				buffer.put(event).flip();
				for (SocketChannel channel : this.streams) {
					writeFully(channel, buffer.duplicate());
				}
			}
		}

	}

}
