package dev.serveractions.redis;

import java.util.List;

import dev.serveractions.revalidation.Mode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterMessageTests {

	@Test
	void aRevalidationArrivesWithItsSenderModeAndTagsWhateverCharactersTheTagsHave() {
		List<String> tags = List.of("page:/todos", "a:b\nc", "12:tag", "ünïcode ✓", "x");
		ClusterMessage sent = ClusterMessage.revalidation("instance-1", Mode.STALE, tags);
		assertThat(ClusterMessage.decode(sent.encode())).isEqualTo(sent);
	}

	@Test
	void aProbeArrivesWithItsNonce() {
		ClusterMessage probe = ClusterMessage.probe("instance-1", "nonce-7");
		assertThat(ClusterMessage.decode(probe.encode())).isEqualTo(probe);
		assertThat(ClusterMessage.decode(probe.encode()).isProbe()).isTrue();
	}

	@Test
	void whatIsNotAMessageOfThisVersionIsIgnored() {
		assertThat(ClusterMessage.decode("hello")).isNull();
		assertThat(ClusterMessage.decode("sa2\ninstance\nEXPIRE\n4:todo")).isNull();
		assertThat(ClusterMessage.decode("sa1\ninstance\nDROP\n4:todo")).isNull();
		assertThat(ClusterMessage.decode("sa1\ninstance\nEXPIRE\n9:todo")).isNull();
		assertThat(ClusterMessage.decode("sa1\ninstance\nEXPIRE\n")).isNull();
	}

}
