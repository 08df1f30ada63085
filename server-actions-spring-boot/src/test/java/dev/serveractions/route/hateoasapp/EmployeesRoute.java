package dev.serveractions.route.hateoasapp;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.serveractions.route.RouteHandler;

import org.springframework.hateoas.CollectionModel;
import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.linkTo;
import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.methodOn;

@RouteHandler("/api/employees")
public class EmployeesRoute {

	private final EmployeeStore store;

	EmployeesRoute(EmployeeStore store) {
		this.store = store;
	}

	public CollectionModel<EntityModel<Employee>> get(@RequestParam(required = false) @Nullable String role) {
		List<EntityModel<Employee>> employees = this.store.all()
			.stream()
			.filter((employee) -> role == null || role.equals(employee.role()))
			.map(EmployeeRoute::model)
			.toList();
		return CollectionModel.of(employees, linkTo(methodOn(EmployeesRoute.class).get(role)).withSelfRel(),
				linkTo(methodOn(EmployeesRoute.class).get("engineer")).withRel("engineers"));
	}

	public ResponseEntity<EntityModel<Employee>> post(@RequestBody NewEmployee employee) {
		EntityModel<Employee> model = EmployeeRoute.model(this.store.save(employee));
		return ResponseEntity.created(model.getRequiredLink(IanaLinkRelations.SELF).toUri()).body(model);
	}

}
