package dev.serveractions.route.slice;

import dev.serveractions.route.RouteHandler;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An existing controller test: the route handler and the service it needs are not in its slice. */
@WebMvcTest(PingController.class)
class ControllerSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void aSliceNamingAControllerLoadsNoRouteHandler() throws Exception {
		assertThat(this.context.getBeanNamesForAnnotation(RouteHandler.class)).isEmpty();
		this.mvc.perform(get("/ping")).andExpect(status().isOk()).andExpect(content().string("pong"));
		this.mvc.perform(get("/greetings/ann")).andExpect(status().isNotFound());
	}

}
