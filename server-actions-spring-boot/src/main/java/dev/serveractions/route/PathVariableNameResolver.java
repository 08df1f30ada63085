package dev.serveractions.route;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.servlet.mvc.method.annotation.PathVariableMethodArgumentResolver;

/**
 * Binds an un-annotated simple-type parameter of a route handler method to the path variable
 * of the same name, as if it carried {@code @PathVariable}: {@code get(long id)} on
 * {@code "/api/todos/{id}"}. Conversion and its {@code 400} on a bad value are Spring's.
 */
final class PathVariableNameResolver extends PathVariableMethodArgumentResolver {

	private final RouteHandlers routes;

	PathVariableNameResolver(RouteHandlers routes) {
		this.routes = routes;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		if (parameter.hasParameterAnnotations()
				|| !BeanUtils.isSimpleProperty(parameter.nestedIfOptional().getNestedParameterType())) {
			return false;
		}
		String name = parameter.getParameterName();
		return name != null && this.routes.pathVariables(parameter.getMethod()).contains(name);
	}

	@Override
	protected NamedValueInfo createNamedValueInfo(MethodParameter parameter) {
		return new NamedValueInfo(parameter.getParameterName(), !parameter.isOptional(), null);
	}

}
