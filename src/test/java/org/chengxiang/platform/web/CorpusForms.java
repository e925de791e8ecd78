package org.chengxiang.platform.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The forms of the server-rendered pages: every POST handler of a {@code @Controller} that is not a REST controller,
 * with the fields it binds (request parameters, the components of its command record or bean, files), read from
 * the handler itself so that a form added tomorrow is covered without anyone listing it.
 */
final class CorpusForms {

	/** One page form: where it posts, its path variables, its fields, and the handler that takes it. */
	record Form(String path, List<CorpusOperations.Field> pathVariables, List<CorpusOperations.Field> fields,
			HandlerMethod handler) {

		boolean multipart() {
			return fields.stream().anyMatch(f -> "binary".equals(f.format()));
		}

		@Override
		public String toString() {
			return "POST " + path;
		}

	}

	static List<Form> of(RequestMappingHandlerMapping mapping) {
		List<Form> forms = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			Class<?> type = handler.getBeanType();
			if (!type.isAnnotationPresent(Controller.class) || type.isAnnotationPresent(RestController.class)
					|| !type.getPackageName().startsWith("org.chengxiang")
					|| !entry.getKey().getMethodsCondition().getMethods().contains(
							org.springframework.web.bind.annotation.RequestMethod.valueOf(HttpMethod.POST.name()))) {
				continue;
			}
			List<CorpusOperations.Field> pathVariables = new ArrayList<>();
			List<CorpusOperations.Field> fields = new ArrayList<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
				PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (variable != null) {
					String name = !variable.value().isEmpty() ? variable.value() : parameter.getParameterName();
					pathVariables.add(field(name, parameter.getParameterType(), parameter.getGenericParameterType()));
				}
				else if (param != null) {
					String name = !param.value().isEmpty() ? param.value() : parameter.getParameterName();
					if (!Map.class.isAssignableFrom(parameter.getParameterType())) {
						fields.add(field(name, parameter.getParameterType(), parameter.getGenericParameterType()));
					}
				}
				else if (parameter.hasParameterAnnotation(RequestBody.class)) {
					continue;
				}
				else if (isCommand(parameter.getParameterType())) {
					commandFields("", parameter.getParameterType(), fields, 0);
				}
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				forms.add(new Form(pattern, pathVariables, fields, handler));
			}
		}
		forms.sort(java.util.Comparator.comparing(Form::path));
		return forms;
	}

	private static boolean isCommand(Class<?> type) {
		return type.getPackageName().startsWith("org.chengxiang") && !type.isEnum()
				&& !type.getSimpleName().equals("CurrentUser");
	}

	private static void commandFields(String prefix, Class<?> type, List<CorpusOperations.Field> into, int depth) {
		if (depth > 2) {
			return;
		}
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				property(prefix + component.getName(), component.getType(), component.getGenericType(), into, depth);
			}
			return;
		}
		for (java.beans.PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				property(prefix + property.getName(), property.getPropertyType(),
						property.getWriteMethod().getGenericParameterTypes()[0], into, depth);
			}
		}
	}

	private static void property(String path, Class<?> type, Type generic, List<CorpusOperations.Field> into,
			int depth) {
		if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element && isCommand(element)) {
			commandFields(path + "[0].", element, into, depth + 1);
		}
		else if (isCommand(type) && !type.isEnum() && (type.isRecord() || !BeanUtils.isSimpleProperty(type))) {
			commandFields(path + ".", type, into, depth + 1);
		}
		else {
			into.add(field(path, type, generic));
		}
	}

	static CorpusOperations.Field field(String name, Class<?> type, Type generic) {
		if (MultipartFile.class.isAssignableFrom(type) || (generic instanceof ParameterizedType p
				&& p.getActualTypeArguments()[0] == MultipartFile.class)) {
			return new CorpusOperations.Field(name, "string", "binary", false);
		}
		if (type.isEnum()) {
			return new CorpusOperations.Field(name, "string", null, true);
		}
		if (type == long.class || type == Long.class || type == int.class || type == Integer.class
				|| type == short.class || type == Short.class) {
			return new CorpusOperations.Field(name, "integer", null, false);
		}
		if (type == double.class || type == Double.class || type == BigDecimal.class || type == float.class
				|| type == Float.class) {
			return new CorpusOperations.Field(name, "number", null, false);
		}
		if (type == boolean.class || type == Boolean.class) {
			return new CorpusOperations.Field(name, "boolean", null, false);
		}
		if (type == LocalDate.class) {
			return new CorpusOperations.Field(name, "string", "date", false);
		}
		if (type == LocalDateTime.class || type == OffsetDateTime.class || type == Instant.class) {
			return new CorpusOperations.Field(name, "string", "date-time", false);
		}
		if (type == java.util.UUID.class) {
			return new CorpusOperations.Field(name, "string", "uuid", false);
		}
		return new CorpusOperations.Field(name, "string", null, false);
	}

	private CorpusForms() {
	}

}
