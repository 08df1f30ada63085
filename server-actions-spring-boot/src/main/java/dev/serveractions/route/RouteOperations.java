package dev.serveractions.route;

import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.method.HandlerMethod;

/**
 * Tells springdoc-openapi what route handlers add to Spring MVC: an un-annotated parameter named
 * after a path variable is that path variable (springdoc would take it for a query parameter),
 * and a {@code void} verb method answers {@code 204 No Content}, not {@code 200}. Other
 * operations are left as they are.
 */
final class RouteOperations implements OperationCustomizer {

	private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	private final RouteHandlers routes;

	RouteOperations(RouteHandlers routes) {
		this.routes = routes;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		RouteHandlers.VerbMethod verb = this.routes.verbMethod(handlerMethod.getMethod());
		if (verb == null) {
			return operation;
		}
		List<Parameter> parameters = operation.getParameters();
		if (parameters != null) {
			for (Parameter parameter : parameters) {
				if ("query".equals(parameter.getIn()) && verb.variableNames().contains(parameter.getName())
						&& isBoundByName(handlerMethod, parameter.getName())) {
					parameter.setIn("path");
					parameter.setRequired(true);
				}
			}
		}
		ApiResponses responses = operation.getResponses();
		if (verb.noContent() && responses != null && responses.remove("200") != null) {
			responses.addApiResponse("204", new ApiResponse().description("No Content"));
		}
		return operation;
	}

	private static boolean isBoundByName(HandlerMethod handlerMethod, String name) {
		for (MethodParameter parameter : handlerMethod.getMethodParameters()) {
			parameter.initParameterNameDiscovery(NAMES);
			if (!parameter.hasParameterAnnotations() && name.equals(parameter.getParameterName())) {
				return true;
			}
		}
		return false;
	}

}
