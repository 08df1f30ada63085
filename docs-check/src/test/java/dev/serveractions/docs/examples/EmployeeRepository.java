package dev.serveractions.docs.examples;

import java.util.List;
import java.util.Optional;

/** The employees of the Spring HATEOAS example in docs/route-handlers.md. */
public interface EmployeeRepository {

	Optional<Employee> findById(long id);

	List<Employee> findAll(String role);

}
