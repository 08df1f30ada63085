package dev.serveractions.route.slice;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A route handler tested the way a controller is: named in the slice, its service mocked. */
@WebMvcTest(GreetingRoute.class)
class RouteHandlerSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@MockitoBean
	Greetings greetings;

	@Test
	void aSliceNamingARouteHandlerLoadsThatOneAndNoOtherController() throws Exception {
		given(this.greetings.greet("ann")).willReturn("Hi ann");
		assertThat(this.context.getBeansOfType(GreetingRoute.class)).hasSize(1);
		assertThat(this.context.getBeansOfType(PingController.class)).isEmpty();
		this.mvc.perform(get("/greetings/ann")).andExpect(status().isOk()).andExpect(content().string("Hi ann"));
	}

}
