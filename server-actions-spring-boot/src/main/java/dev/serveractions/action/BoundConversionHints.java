package dev.serveractions.action;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Native-image hints for converting a {@link Bound @Bound} value, signed as a string, back into
 * its parameter's type. The JDK's types and primitives have converters of their own; any other
 * type is converted the way Spring's {@code ObjectToObjectConverter} does it, by reflection: a
 * static {@code valueOf(String)}, {@code of(String)} or {@code from(String)} method, or a
 * constructor taking a {@code String}.
 */
final class BoundConversionHints {

	private static final String[] FACTORY_METHODS = { "valueOf", "of", "from" };

	private BoundConversionHints() {
	}

	static void register(ReflectionHints hints, Class<?> type) {
		if (ClassUtils.isPrimitiveOrWrapper(type) || type.getName().startsWith("java.")) {
			return;
		}
		hints.registerType(type);
		for (String name : FACTORY_METHODS) {
			Method factory = ReflectionUtils.findMethod(type, name, String.class);
			if (factory != null && Modifier.isStatic(factory.getModifiers())) {
				hints.registerMethod(factory, ExecutableMode.INVOKE);
			}
		}
		Constructor<?> constructor = ClassUtils.getConstructorIfAvailable(type, String.class);
		if (constructor != null) {
			hints.registerConstructor(constructor, ExecutableMode.INVOKE);
		}
	}

}
