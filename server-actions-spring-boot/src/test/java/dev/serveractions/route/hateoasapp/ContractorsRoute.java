package dev.serveractions.route.hateoasapp;

import dev.serveractions.route.RouteHandler;

import org.springframework.web.bind.annotation.RequestBody;

/** Saves and returns an answer that cannot be written as JSON. */
@RouteHandler("/api/contractors")
public class ContractorsRoute {

	private final EmployeeStore store;

	ContractorsRoute(EmployeeStore store) {
		this.store = store;
	}

	public Contract post(@RequestBody NewEmployee contractor) {
		return new Contract(this.store.save(contractor));
	}

	public static class Contract {

		private final Employee contractor;

		Contract(Employee contractor) {
			this.contractor = contractor;
		}

		public Employee getContractor() {
			return this.contractor;
		}

		public String getSignature() {
			throw new IllegalStateException("the signing key is missing");
		}

	}

}
