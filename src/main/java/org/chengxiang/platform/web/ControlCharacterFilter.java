package org.chengxiang.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses control characters at the edge, in one place, before any controller binds them: in query and form
 * parameters (names and values), in every string and property name of a JSON body, in text bodies, and in the
 * names of uploaded files. Runs after the security filters, so only a caller allowed in learns anything. The API
 * answers a 400 ProblemDetail naming the field; a page answers 400 with the error page.
 */
@Component
class ControlCharacterFilter extends OncePerRequestFilter {

	private final JsonMapper json;

	private final MessageSource messages;

	ControlCharacterFilter(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest checked = request;
		String field = null;
		String message = ControlCharacters.REFUSED;
		String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
		if (contentType.contains("json") || contentType.startsWith("text/")) {
			byte[] body = request.getInputStream().readAllBytes();
			checked = new Rereadable(request, body);
			field = contentType.contains("json") ? inJson(body) : inText(body, request);
		}
		if (field == null) {
			field = inParameters(request);
		}
		if (field == null && contentType.startsWith("multipart/")) {
			field = inFileNames(request);
			message = ControlCharacters.REFUSED_FILE_NAME;
		}
		if (field == null) {
			chain.doFilter(checked, response);
			return;
		}
		refuse(request, response, field, message);
	}

	private static String inParameters(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// a multipart body over the size limit: Spring answers it (413)
			return null;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (ControlCharacters.inText(parameter.getKey())) {
				return "?";
			}
			for (String value : parameter.getValue()) {
				if (value != null && ControlCharacters.inText(value)) {
					return parameter.getKey();
				}
			}
		}
		return null;
	}

	private static String inFileNames(HttpServletRequest request) {
		MultipartHttpServletRequest multipart = org.springframework.web.util.WebUtils.getNativeRequest(request,
				MultipartHttpServletRequest.class);
		if (multipart != null) {
			for (Map.Entry<String, List<MultipartFile>> files : multipart.getMultiFileMap().entrySet()) {
				for (MultipartFile file : files.getValue()) {
					if (file.getOriginalFilename() != null && ControlCharacters.inFileName(file.getOriginalFilename())) {
						return files.getKey();
					}
				}
			}
			return null;
		}
		Collection<Part> parts;
		try {
			parts = request.getParts();
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			return null;
		}
		for (Part part : parts) {
			String name = part.getSubmittedFileName();
			if (name != null && ControlCharacters.inFileName(name)) {
				return part.getName();
			}
		}
		return null;
	}

	/** The path of the first string or property name holding a control character, as {@code members[0].name}. */
	private String inJson(byte[] body) {
		try (JsonParser parser = json.createParser(body)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if ((token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME)
						&& ControlCharacters.inText(parser.getString())) {
					return path(parser.streamReadContext().pathAsPointer().toString());
				}
			}
		}
		catch (JacksonException ex) {
			// not JSON: the converter answers it
		}
		return null;
	}

	private static String inText(byte[] body, HttpServletRequest request) {
		String encoding = request.getCharacterEncoding() == null ? "UTF-8" : request.getCharacterEncoding();
		try {
			return ControlCharacters.inText(new String(body, encoding)) ? "body" : null;
		}
		catch (java.io.UnsupportedEncodingException ex) {
			return null;
		}
	}

	static String path(String pointer) {
		StringBuilder path = new StringBuilder();
		for (String segment : pointer.split("/")) {
			if (segment.isEmpty()) {
				continue;
			}
			String name = segment.replace("~1", "/").replace("~0", "~");
			if (name.chars().allMatch(Character::isDigit)) {
				path.append('[').append(name).append(']');
			}
			else {
				path.append(path.isEmpty() ? "" : ".").append(name);
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String field, String message)
			throws IOException {
		String reason = ReaderTexts.of(org.chengxiang.platform.domain.Text.of(message));
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.sendError(HttpStatus.BAD_REQUEST.value(), reason);
			return;
		}
		String label = messages.getMessage("field." + field.replaceAll("\\[\\d+]", ""), null, null,
				LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				label == null ? reason : ReaderTexts.of(org.chengxiang.platform.domain.Text.of("problem.fieldMessage", label, reason)));
		problem.setTitle(ReaderTexts.of(org.chengxiang.platform.domain.Text.of("problem.title.invalidInput")));
		problem.setType(java.net.URI.create("urn:chengxiang:problem:invalid-input"));
		java.util.Map<String, String> error = new java.util.LinkedHashMap<>();
		error.put("field", field);
		if (label != null) {
			error.put("label", label);
		}
		error.put("message", reason);
		problem.setProperty("errors", List.of(error));
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	/** The request with its body read once and served again to the controller. */
	private static final class Rereadable extends HttpServletRequestWrapper {

		private final byte[] body;

		Rereadable(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() throws java.io.UnsupportedEncodingException {
			String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(new ByteArrayInputStream(body), encoding));
		}

	}

}
