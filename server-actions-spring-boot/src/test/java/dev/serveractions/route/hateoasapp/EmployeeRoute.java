package dev.serveractions.route.hateoasapp;

import dev.serveractions.route.RouteHandler;

import org.springframework.hateoas.EntityModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;

import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.linkTo;
import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.methodOn;

@RouteHandler("/api/employees/{id}")
public class EmployeeRoute {

	private final EmployeeStore store;

	EmployeeRoute(EmployeeStore store) {
		this.store = store;
	}

	public EntityModel<Employee> get(@PathVariable long id) {
		Employee employee = this.store.find(id).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
		return model(employee);
	}

	static EntityModel<Employee> model(Employee employee) {
		return EntityModel.of(employee, linkTo(methodOn(EmployeeRoute.class).get(employee.id())).withSelfRel(),
				linkTo(methodOn(EmployeesRoute.class).get(null)).withRel("employees"));
	}

}
