package org.springframework.samples.clinic.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import dev.serveractions.shapes.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test with an application class of its own that scans one package on purpose: the module's
 * index lists the clinic's and the other application's actions, and this context starts anyway.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		classes = SystemOnlyApplication.class)
class CrashControllerTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aTestThatScansOnePackageStartsBesideTheIndexOfTheWholeModule() throws Exception {
		assertThat(this.context.getBeanNamesForType(CrashController.class)).hasSize(1);
		assertThat(new Http(this.port).get("/oups").body()).isEqualTo("expected");
	}

}
