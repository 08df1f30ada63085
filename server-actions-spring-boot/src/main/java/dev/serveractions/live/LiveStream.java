package dev.serveractions.live;

import java.io.IOException;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The response of one open event stream, on servlet async I/O: the bytes of an event are written
 * and flushed straight to the servlet's output stream. Spring's {@code SseEmitter} does the same
 * through its message converters, which at ten thousand streams cost as much CPU per event as the
 * socket write itself; the guard it keeps is kept here: no write once the stream has ended (the
 * container recycles the response then), whichever side ended it.
 */
final class LiveStream implements AsyncListener {

	private final AsyncContext async;

	private final ServletOutputStream out;

	private final Runnable ended;

	private boolean open = true;

	private LiveStream(AsyncContext async, ServletOutputStream out, Runnable ended) {
		this.async = async;
		this.out = out;
		this.ended = ended;
	}

	/**
	 * Answers the request with {@code 200 text/event-stream}, starts servlet async processing and
	 * sends the first bytes (the headers go with them, so the browser's {@code EventSource} opens).
	 */
	static LiveStream start(HttpServletRequest request, HttpServletResponse response, long timeoutMillis,
			byte[] first, Runnable ended) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader("X-Accel-Buffering", "no");
		// an application's ETag filter would otherwise hold the stream's bytes until it ends
		ShallowEtagHeaderFilter.disableContentCaching(request);
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(timeoutMillis);
		LiveStream stream = new LiveStream(async, response.getOutputStream(), ended);
		async.addListener(stream);
		if (!stream.write(first)) {
			throw new IOException("The client went away before its event stream opened");
		}
		return stream;
	}

	/** Writes and flushes the bytes; {@code false} when the stream has ended (and it ends on a failed write). */
	synchronized boolean write(byte[] bytes) {
		if (!this.open) {
			return false;
		}
		try {
			this.out.write(bytes);
			this.out.flush();
			return true;
		}
		catch (IOException | RuntimeException ex) {
			// the client went away (or the container gave up on it)
			end(true);
			return false;
		}
	}

	/** Ends the stream from the server's side; the tab reconnects by itself. */
	void complete() {
		end(true);
	}

	private synchronized void end(boolean complete) {
		if (!this.open) {
			return;
		}
		this.open = false;
		this.ended.run();
		if (complete) {
			try {
				this.async.complete();
			}
			catch (IllegalStateException ex) {
				// the container ended it meanwhile
			}
		}
	}

	@Override
	public void onComplete(AsyncEvent event) {
		end(false);
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		end(true);
	}

	@Override
	public void onError(AsyncEvent event) {
		end(true);
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
		// not started again
	}

}
