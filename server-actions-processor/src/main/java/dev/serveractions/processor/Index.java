package dev.serveractions.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The content of {@code META-INF/server-actions/index.json}: the route handlers and server
 * actions of one compilation unit of output (a jar, a classes directory).
 *
 * @param routes the route handlers, by class name
 * @param actions the server actions, by name
 */
record Index(Map<String, Route> routes, Map<String, Action> actions) {

	static final String LOCATION = "META-INF/server-actions/index.json";

	static Index empty() {
		return new Index(new TreeMap<>(), new TreeMap<>());
	}

	boolean isEmpty() {
		return this.routes.isEmpty() && this.actions.isEmpty();
	}

	/** This index without the entries of the given classes, kept from an earlier compilation. */
	Index without(Predicate<String> classes) {
		Index kept = empty();
		this.routes.forEach((type, route) -> {
			if (!classes.test(type)) {
				kept.routes.put(type, route);
			}
		});
		this.actions.forEach((name, action) -> {
			if (!classes.test(action.type())) {
				kept.actions.put(name, action);
			}
		});
		return kept;
	}

	String toJson() {
		StringBuilder json = new StringBuilder("{\n  \"routes\": [");
		String separator = "\n";
		for (Route route : this.routes.values()) {
			json.append(separator).append("    {\"class\": ").append(Json.quote(route.type()))
				.append(", \"path\": ").append(Json.quote(route.path())).append(", \"verbs\": {");
			String comma = "";
			for (Map.Entry<String, String> verb : route.verbs().entrySet()) {
				json.append(comma).append(Json.quote(verb.getKey())).append(": ").append(Json.quote(verb.getValue()));
				comma = ", ";
			}
			json.append("}}");
			separator = ",\n";
		}
		json.append(this.routes.isEmpty() ? "],\n  \"actions\": [" : "\n  ],\n  \"actions\": [");
		separator = "\n";
		for (Action action : this.actions.values()) {
			json.append(separator).append("    {\"name\": ").append(Json.quote(action.name()))
				.append(", \"class\": ").append(Json.quote(action.type()))
				.append(", \"method\": ").append(Json.quote(action.method())).append(", \"bound\": [");
			json.append(String.join(", ", action.bound().stream().map(Json::quote).toList())).append("]}");
			separator = ",\n";
		}
		return json.append(this.actions.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
	}

	@SuppressWarnings("unchecked")
	static Index parse(String text) {
		Map<String, Object> json = (Map<String, Object>) Json.parse(text);
		Index index = empty();
		for (Object item : (List<Object>) json.getOrDefault("routes", List.of())) {
			Map<String, Object> route = (Map<String, Object>) item;
			Map<String, String> verbs = new TreeMap<>((Map<String, String>) route.getOrDefault("verbs", Map.of()));
			index.routes.put((String) route.get("class"),
					new Route((String) route.get("class"), (String) route.get("path"), verbs));
		}
		for (Object item : (List<Object>) json.getOrDefault("actions", List.of())) {
			Map<String, Object> action = (Map<String, Object>) item;
			index.actions.put((String) action.get("name"), new Action((String) action.get("name"),
					(String) action.get("class"), (String) action.get("method"),
					new ArrayList<>((List<String>) action.getOrDefault("bound", List.of()))));
		}
		return index;
	}

	Set<String> actionNames() {
		return this.actions.keySet();
	}

	/**
	 * One route handler.
	 * @param type the class name
	 * @param path the path template
	 * @param verbs verb (upper case) to method name
	 */
	record Route(String type, String path, Map<String, String> verbs) {
	}

	/**
	 * One server action.
	 * @param name the action name, as templates use it
	 * @param type the class that declares it
	 * @param method the method name
	 * @param bound the names of its {@code @Bound} parameters, in order
	 */
	record Action(String name, String type, String method, List<String> bound) {
	}

}
