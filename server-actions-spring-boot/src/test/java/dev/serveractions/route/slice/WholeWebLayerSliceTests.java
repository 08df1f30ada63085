package dev.serveractions.route.slice;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/** A slice that names no controller loads every controller and every route handler. */
@WebMvcTest
class WholeWebLayerSliceTests {

	@Autowired
	ApplicationContext context;

	@MockitoBean
	Greetings greetings;

	@Test
	void aSliceNamingNothingLoadsEveryRouteHandlerAsItLoadsEveryController() {
		assertThat(this.context.getBeansOfType(GreetingRoute.class)).hasSize(1);
		assertThat(this.context.getBeansOfType(PingController.class)).hasSize(1);
		assertThat(Mockito.mockingDetails(this.context.getBean(Greetings.class)).isMock()).isTrue();
	}

}
