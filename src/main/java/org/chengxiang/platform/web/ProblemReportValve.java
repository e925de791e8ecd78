package org.chengxiang.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

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
		String body = "{\"type\":\"about:blank\",\"title\":\"" + (status >= 500 ? "Server error" : "Bad request")
				+ "\",\"status\":" + status + ",\"detail\":\"" + (status >= 500 ? "服务暂时无法处理请求 / the server could not answer"
						: "请求无效（请求行、请求头或内容超出限制或格式不正确） / the request is too large or malformed")
				+ "\"}";
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
