package dev.serveractions.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * Finds the route handlers and server actions of a compilation, fails it at the element on
 * every mistake the runtime would otherwise report late (or not at all), writes
 * {@code META-INF/server-actions/index.json} and checks the action names used in the module's
 * Thymeleaf templates. Knows the annotations by name: it needs nothing on its path.
 *
 * <pre class="code">
 * &lt;annotationProcessorPaths&gt;
 *   &lt;path&gt;
 *     &lt;groupId&gt;dev.serveractions&lt;/groupId&gt;
 *     &lt;artifactId&gt;server-actions-processor&lt;/artifactId&gt;
 *   &lt;/path&gt;
 * &lt;/annotationProcessorPaths&gt;
 * </pre>
 *
 * <p>Option {@code -Aserveractions.templates=dir} names the template directory ({@code none}
 * turns the template check off).
 *
 * @since 0.1
 */
public final class ServerActionsProcessor extends AbstractProcessor {

	private final Map<String, Element> routesByShape = new LinkedHashMap<>();

	private final Map<String, ActionChecks.Found> actionsByName = new LinkedHashMap<>();

	private final Set<String> compiled = new TreeSet<>();

	private Index index = Index.empty();

	private RouteChecks routes;

	private ActionChecks actions;

	private ScanWarnings scans;

	@Override
	public synchronized void init(ProcessingEnvironment environment) {
		super.init(environment);
		this.routes = new RouteChecks(environment.getMessager(), environment.getElementUtils());
		this.actions = new ActionChecks(environment.getMessager(), environment.getElementUtils());
		this.scans = new ScanWarnings(environment.getMessager(), environment.getElementUtils());
	}

	@Override
	public Set<String> getSupportedAnnotationTypes() {
		return Set.of("*");
	}

	@Override
	public Set<String> getSupportedOptions() {
		return Set.of(TemplateLocation.OPTION);
	}

	@Override
	public SourceVersion getSupportedSourceVersion() {
		return SourceVersion.latestSupported();
	}

	@Override
	public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
		for (TypeElement type : types(round.getRootElements())) {
			visit(type);
		}
		if (round.processingOver()) {
			finish();
		}
		return false;
	}

	private void visit(TypeElement type) {
		this.compiled.add(this.processingEnv.getElementUtils().getBinaryName(type).toString());
		this.scans.scanning(type);
		Index.Route route = this.routes.check(type);
		if (route != null) {
			this.index.routes().put(route.type(), route);
			this.scans.holder(type, "a route handler");
			Element other = this.routesByShape.putIfAbsent(PathTemplates.shape(route.path()), type);
			if (other != null) {
				error("@RouteHandler " + type + " and @RouteHandler " + other + " both answer \"" + route.path()
						+ "\": one path has one route handler; move the verb methods of one class into the other", type);
			}
		}
		List<ActionChecks.Found> found = this.actions.check(type);
		for (ActionChecks.Found action : found) {
			ActionChecks.Found previous = this.actionsByName.putIfAbsent(action.action().name(), action);
			if (previous != null) {
				error("Two server actions are named \"" + action.action().name() + "\": " + describe(previous) + " and "
						+ describe(action) + "; give one of them another name with @ServerAction(\"...\")",
						action.method());
			}
			this.index.actions().put(action.action().name(), action.action());
		}
		if (!found.isEmpty() && route == null) {
			this.scans.holder(type, "server actions");
		}
	}

	private void finish() {
		this.scans.report();
		IndexFiles files = new IndexFiles(this.processingEnv.getFiler(), this.processingEnv.getMessager());
		Index merged = files.merge(this.index, (type) -> this.compiled.contains(type)
				|| this.processingEnv.getElementUtils().getTypeElement(type.replace('$', '.')) == null);
		Set<String> known = new TreeSet<>(merged.actionNames());
		files.classpath().values().forEach((other) -> known.addAll(other.actionNames()));
		TemplateChecks.run(this.processingEnv, known);
	}

	private static List<TypeElement> types(Set<? extends Element> elements) {
		List<TypeElement> types = new ArrayList<>(ElementFilter.typesIn(elements));
		for (int i = 0; i < types.size(); i++) {
			types.addAll(ElementFilter.typesIn(types.get(i).getEnclosedElements()));
		}
		return types;
	}

	private static String describe(ActionChecks.Found found) {
		return found.action().type() + "." + found.action().method() + "()";
	}

	private void error(String message, Element element) {
		this.processingEnv.getMessager().printMessage(Kind.ERROR, message, element);
	}

}
