package dev.serveractions.action;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class RefusedRequestsTests {

	private Instant now = Instant.parse("2026-01-01T10:00:00Z");

	private final RefusedRequests refused = new RefusedRequests(new Clock() {
		@Override
		public Instant instant() {
			return RefusedRequestsTests.this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}, Duration.ofMinutes(1));

	private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/notes\n\tforged line");

	@Test
	void eachMinuteLogsItsFirstRefusalAndThenOneLineWithTheCountsPerKind(CapturedOutput output) {
		this.refused.refused(RefusedRequests.CROSS_SITE, 403, this.request);
		for (int i = 0; i < 100; i++) {
			this.refused.refused(RefusedRequests.MALFORMED, 400, this.request);
			this.refused.refused(RefusedRequests.CROSS_SITE, 403, this.request);
		}
		this.now = this.now.plusSeconds(59);
		this.refused.refused(RefusedRequests.TOO_LARGE, 413, this.request);
		assertThat(warnings(output)).hasSize(1);
		this.now = this.now.plusSeconds(2);
		this.refused.refused(RefusedRequests.OUT_OF_DATE, 409, this.request);
		assertThat(warnings(output)).hasSize(3);
		assertThat(warnings(output)[1]).endsWith("Refused 201 more requests in the 60 s after 2026-01-01T10:00:00Z: "
				+ "100 cross-site, 100 malformed body, 1 too large.");
		assertThat(warnings(output)[2]).contains("Refused a request with 409: out-of-date form.");
	}

	@Test
	void aMinuteWithOneRefusalLogsNoSummaryAndStoppingLogsWhatWasCounted(CapturedOutput output) {
		this.refused.refused(RefusedRequests.CROSS_SITE, 403, this.request);
		this.now = this.now.plusSeconds(120);
		this.refused.refused(RefusedRequests.NO_PAGE, 404, this.request);
		this.refused.refused(RefusedRequests.NO_PAGE, 404, this.request);
		assertThat(warnings(output)).hasSize(2);
		this.refused.destroy();
		assertThat(warnings(output)).hasSize(3);
		assertThat(warnings(output)[2]).endsWith("Refused 1 more request in the 60 s after 2026-01-01T10:02:00Z: "
				+ "1 no page.");
	}

	@Test
	void aPathIsLoggedShortAndOnOneLine() {
		assertThat(RefusedRequests.printable("/notes\n\tforged line")).isEqualTo("/notes??forged?line");
		assertThat(RefusedRequests.printable("/" + "a".repeat(200))).hasSize(83).endsWith("...");
	}

	private static String[] warnings(CapturedOutput output) {
		return output.getAll().lines().filter((line) -> line.contains("WARN")).toArray(String[]::new);
	}

}
