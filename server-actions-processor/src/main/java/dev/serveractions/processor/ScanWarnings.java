package dev.serveractions.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

/**
 * Best-effort warnings for classes that will likely not become beans: a class declaring server
 * actions without a stereotype, and a route handler or action class outside every
 * {@code @ComponentScan} base package of this compilation ({@code @SpringBootApplication}
 * included).
 */
final class ScanWarnings {

	private final Messager messager;

	private final Elements elements;

	private final Set<String> basePackages = new TreeSet<>();

	private final Map<TypeElement, String> holders = new LinkedHashMap<>();

	ScanWarnings(Messager messager, Elements elements) {
		this.messager = messager;
		this.elements = elements;
	}

	/** Notes the base packages a class scans, if it carries {@code @ComponentScan}. */
	void scanning(TypeElement type) {
		AnnotationMirror scan = Annotations.find(type, Annotations.COMPONENT_SCAN);
		if (scan == null) {
			return;
		}
		List<String> packages = new ArrayList<>();
		for (String attribute : List.of("value", "basePackages", "scanBasePackages")) {
			packages.addAll(Annotations.strings(scan, attribute));
		}
		for (String attribute : List.of("basePackageClasses", "scanBasePackageClasses")) {
			Object classes = Annotations.explicit(scan, attribute);
			if (classes instanceof List<?> values) {
				for (Object value : values) {
					TypeElement element = (TypeElement) ((DeclaredType) ((AnnotationValue) value).getValue()).asElement();
					packages.add(this.elements.getPackageOf(element).getQualifiedName().toString());
				}
			}
		}
		if (packages.isEmpty()) {
			packages.add(this.elements.getPackageOf(type).getQualifiedName().toString());
		}
		this.basePackages.addAll(packages);
	}

	/** Notes a class that must be a bean: what it declares ("server actions", "a route handler"). */
	void holder(TypeElement type, String declares) {
		this.holders.put(type, declares);
		if (Annotations.find(type, Annotations.COMPONENT) == null) {
			this.messager.printMessage(Kind.WARNING, type.getQualifiedName() + " declares " + declares
					+ " but carries no stereotype, so component scanning skips it: annotate it with @Component "
					+ "(or ignore this if a @Bean method declares it)", type);
		}
	}

	void report() {
		if (this.basePackages.isEmpty()) {
			return;
		}
		this.holders.forEach((type, declares) -> {
			String pkg = this.elements.getPackageOf(type).getQualifiedName().toString();
			if (this.basePackages.stream().noneMatch((base) -> pkg.equals(base) || pkg.startsWith(base + "."))) {
				this.messager.printMessage(Kind.WARNING, type.getQualifiedName() + " declares " + declares
						+ " but its package " + pkg + " is outside the component scan of this module "
						+ this.basePackages + ": move it under a scanned package, or import it (@Import) or "
						+ "declare it as a @Bean", type);
			}
		});
	}

}
