package dev.serveractions.actuate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.serveractions.revalidation.PathScope;
import dev.serveractions.revalidation.RevalidationService;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The {@code serveractions} Actuator endpoint: reading it lists the route handlers, the server
 * actions and the state of the cache; writing to it revalidates a path or tags, for instance
 * after a manual data fix. Like every endpoint it is exposed over HTTP only when the application
 * says so.
 *
 * <pre class="code">
 * management.endpoints.web.exposure.include=health,serveractions
 *
 * curl localhost:8080/actuator/serveractions
 * curl -X POST localhost:8080/actuator/serveractions -H 'Content-Type: application/json' \
 *      -d '{"tags":"todos"}'
 * </pre>
 *
 * @since 0.1
 */
@Endpoint(id = "serveractions")
public class ServerActionsEndpoint {

	private final RouteDescriptions routes;

	private final ActionDescriptions actions;

	private final CacheDescription cache;

	private final @Nullable RevalidationService revalidation;

	ServerActionsEndpoint(RouteDescriptions routes, ActionDescriptions actions, CacheDescription cache,
			@Nullable RevalidationService revalidation) {
		this.routes = routes;
		this.actions = actions;
		this.cache = cache;
		this.revalidation = revalidation;
	}

	/**
	 * What the application serves and caches.
	 * @return the route handlers, the actions and the cache
	 */
	@ReadOperation
	public Report report() {
		return new Report(this.routes.describe(), this.actions.describe(), this.cache.describe());
	}

	/**
	 * Revalidates a path (a path ending in {@code /**} with everything below it) and tags, as
	 * {@link RevalidationService} does. Actuator reads a JSON body of string values, so several
	 * tags are one string, separated by commas: {@code {"tags":"todos,users"}}.
	 * @param path the path, if any
	 * @param tags the tags separated by commas, if any
	 * @return what was revalidated and how many entries
	 */
	@WriteOperation
	public Revalidated revalidate(@Nullable String path, @Nullable String tags) {
		RevalidationService revalidation = this.revalidation;
		if (revalidation == null) {
			throw invalid("Revalidation is not configured (is Caffeine on the classpath?)");
		}
		List<String> tagList = (tags != null) ? Arrays.stream(tags.split(",", -1)).map(String::strip).toList()
				: List.of();
		if (path == null && tagList.isEmpty()) {
			throw invalid("Give a \"path\" or \"tags\", e.g. {\"tags\":\"todos\"} or {\"path\":\"/todos\"}");
		}
		try {
			int count = 0;
			if (path != null) {
				boolean layout = path.endsWith("/**");
				count += layout ? revalidation.revalidatePath(path.substring(0, path.length() - 2), PathScope.LAYOUT)
						: revalidation.revalidatePath(path, PathScope.PAGE);
			}
			if (!tagList.isEmpty()) {
				count += revalidation.revalidateTag(tagList.toArray(String[]::new));
			}
			return new Revalidated(path, tagList, count);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(String.valueOf(ex.getMessage()));
		}
	}

	private static InvalidEndpointRequestException invalid(String reason) {
		return new InvalidEndpointRequestException(reason, reason);
	}

	/**
	 * The endpoint's answer to a read.
	 * @param routes the route handlers, by path
	 * @param actions the server actions, by name
	 * @param cache the response and fragment cache, {@code null} without revalidation
	 */
	public record Report(List<Route> routes, List<Action> actions, @Nullable Cache cache) {

	}

	/**
	 * One route handler.
	 * @param path its path template
	 * @param methods the method answering each verb, as {@code class#method}
	 */
	public record Route(String path, Map<String, String> methods) {

	}

	/**
	 * One server action.
	 * @param name its name
	 * @param id its id under the current secret, as forms carry it
	 * @param method the bean method it runs, as {@code class#method}
	 * @param bound how many {@code @Bound} parameters it has
	 * @param revalidates what it revalidates on success, {@code null} without {@code @Revalidates}
	 */
	public record Action(String name, String id, String method, int bound, @Nullable Revalidates revalidates) {

	}

	/**
	 * What an action's {@code @Revalidates} names.
	 * @param paths the paths
	 * @param tags the tags
	 * @param mode how tagged entries are revalidated
	 */
	public record Revalidates(List<String> paths, List<String> tags, String mode) {

	}

	/**
	 * The response and fragment cache on this instance.
	 * @param entries how many entries it holds ({@code null} for a store that cannot tell)
	 * @param bytes their estimated size
	 * @param maxBytes the bound ({@code server-actions.cache.max-size})
	 * @param hits look-ups that found a fresh entry
	 * @param misses look-ups that found nothing that may be served
	 * @param staleServes look-ups that served a stale entry while it is refreshed
	 * @param evictions entries evicted to stay within the bound
	 * @param largestTags entry counts of the tags with the most entries, largest first
	 */
	public record Cache(@Nullable Long entries, @Nullable Long bytes, @Nullable Long maxBytes, long hits, long misses,
			long staleServes, @Nullable Long evictions, Map<String, Integer> largestTags) {

	}

	/**
	 * The endpoint's answer to a write.
	 * @param path the path revalidated, if any
	 * @param tags the tags revalidated
	 * @param revalidated how many cached entries were revalidated on this instance
	 */
	public record Revalidated(@Nullable String path, List<String> tags, int revalidated) {

	}

}
