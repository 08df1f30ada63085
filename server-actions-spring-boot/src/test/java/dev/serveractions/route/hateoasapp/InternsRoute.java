package dev.serveractions.route.hateoasapp;

import java.util.List;

import dev.serveractions.route.RouteHandler;

import org.springframework.hateoas.EntityModel;
import org.springframework.web.bind.annotation.RequestBody;

/** Fails after saving, as a bug in building the answer would. */
@RouteHandler("/api/interns")
public class InternsRoute {

	private final EmployeeStore store;

	InternsRoute(EmployeeStore store) {
		this.store = store;
	}

	public List<Employee> get() {
		throw new IllegalStateException("the directory is offline");
	}

	public EntityModel<Employee> post(@RequestBody NewEmployee intern) {
		this.store.save(intern);
		throw new IllegalStateException("the mentor service is offline");
	}

}
