package dev.serveractions.route;

import dev.serveractions.route.app.ItemStore;
import dev.serveractions.route.app.RouteTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(classes = RouteTestApplication.class)
@AutoConfigureMockMvc
class RouteHandlerMockMvcTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ItemStore store;

	@Test
	void mockMvcCallsRouteHandlersLikeAnyOtherMapping() throws Exception {
		this.store.reset();
		this.mvc.perform(post("/items").contentType("application/json").content("{\"name\":\"kiwi\",\"quantity\":5}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/items/1"));
		this.mvc.perform(get("/items/1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("kiwi"))
			.andExpect(header().string("X-Intercepted", "yes"));
		this.mvc.perform(post("/items").contentType("application/json").content("{\"name\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

}
