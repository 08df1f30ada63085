package dev.serveractions.route.hateoasapp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

@Component
public class EmployeeStore {

	private final Map<Long, Employee> employees = new ConcurrentSkipListMap<>();

	private final AtomicLong ids = new AtomicLong();

	public void reset() {
		this.employees.clear();
		this.ids.set(0);
	}

	public Employee save(NewEmployee employee) {
		Employee saved = new Employee(this.ids.incrementAndGet(), employee.name(), employee.role());
		this.employees.put(saved.id(), saved);
		return saved;
	}

	public Optional<Employee> find(long id) {
		return Optional.ofNullable(this.employees.get(id));
	}

	public List<Employee> all() {
		return List.copyOf(this.employees.values());
	}

	public int count() {
		return this.employees.size();
	}

}
