package org.chengxiang.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers by itself, before the application sees the request (a request line or headers too large, a
 * malformed request), is a ProblemDetail too, never Tomcat's HTML report: this valve replaces Tomcat's error report
 * on the host. The application's own errors never reach it: they have their answers already.
 */
public class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		ResourceBundle messages = messages(request);
		String body = "{\"type\":\"about:blank\",\"title\":\""
				+ json(messages.getString(status >= 500 ? "problem.title.serverError" : "problem.title.badRequest"))
				+ "\",\"status\":" + status + ",\"detail\":\""
				+ json(messages.getString(status >= 500 ? "problem.serverError" : "problem.malformedRequest")) + "\"}";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone: nothing to answer
		}
	}

	// Tomcat answers before Spring has chosen a locale: English when the request asks for it, Chinese otherwise
	private static ResourceBundle messages(Request request) {
		boolean english;
		try {
			String language = request.getHeader("Accept-Language");
			String asked = request.getQueryString();
			english = (asked != null && asked.contains("lang=en"))
					|| (language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en"));
		}
		catch (RuntimeException unreadable) {
			english = false;
		}
		return ResourceBundle.getBundle("messages", english ? Locale.ENGLISH : Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	/** Puts the valve on the embedded Tomcat's host in place of the HTML report. */
	@Component
	static class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(ProblemReportValve.class.getName());
				}
			});
		}

	}

}
