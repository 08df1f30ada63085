package dev.serveractions.route.hateoasapp;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.hateoas.CollectionModel;
import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.linkTo;
import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.methodOn;

/** The {@code @RestController} the two route handlers were ported from, kept under {@code /rest}. */
@RestController
@RequestMapping("/rest/employees")
public class EmployeeController {

	private final EmployeeStore store;

	EmployeeController(EmployeeStore store) {
		this.store = store;
	}

	@GetMapping("/{id}")
	public EntityModel<Employee> one(@PathVariable long id) {
		return model(this.store.find(id).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND)));
	}

	@GetMapping
	public CollectionModel<EntityModel<Employee>> all(@RequestParam(required = false) @Nullable String role) {
		List<EntityModel<Employee>> employees = this.store.all()
			.stream()
			.filter((employee) -> role == null || role.equals(employee.role()))
			.map(EmployeeController::model)
			.toList();
		return CollectionModel.of(employees, linkTo(methodOn(EmployeeController.class).all(role)).withSelfRel(),
				linkTo(methodOn(EmployeeController.class).all("engineer")).withRel("engineers"));
	}

	@PostMapping
	public ResponseEntity<EntityModel<Employee>> create(@RequestBody NewEmployee employee) {
		EntityModel<Employee> model = model(this.store.save(employee));
		return ResponseEntity.created(model.getRequiredLink(IanaLinkRelations.SELF).toUri()).body(model);
	}

	static EntityModel<Employee> model(Employee employee) {
		return EntityModel.of(employee, linkTo(methodOn(EmployeeController.class).one(employee.id())).withSelfRel(),
				linkTo(methodOn(EmployeeController.class).all(null)).withRel("employees"));
	}

}
