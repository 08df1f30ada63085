package dev.serveractions.docs.examples;

import java.util.List;

import dev.serveractions.route.RouteHandler;

import org.springframework.web.bind.annotation.RequestParam;

/** The collection route the Spring HATEOAS example of docs/route-handlers.md links to. */
@RouteHandler("/api/employees")
public class EmployeesRoute {

	public List<Employee> get(@RequestParam(required = false) String role) {
		return List.of();
	}

}
