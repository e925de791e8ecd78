package org.chengxiang.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One signed-in person talking to the platform the way a browser does: form login once, then the session cookie
 * and the CSRF token on every call. HTTP Basic on every request would measure BCrypt, not the platform.
 *
 * <p>
 * Many sessions share one {@link HttpClient} (one selector thread, pooled keep-alive connections); each keeps its
 * own cookies in its own {@link CookieManager}.
 */
final class WebSession {

	private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern META_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

	private final HttpClient http;

	private final URI base;

	private final CookieManager cookies = new CookieManager();

	private String csrfHeader;

	private String csrfToken;

	private WebSession(HttpClient http, URI base) {
		this.http = http;
		this.base = base;
	}

	static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Signs in through the login form, then reads the session's CSRF token from a page. */
	static WebSession login(HttpClient http, URI base, String username, String password) {
		WebSession session = new WebSession(http, base);
		String loginPage = session.send(session.request("/login").GET()).body();
		String formToken = find(FORM_CSRF, loginPage, "the login form's CSRF field");
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(formToken);
		HttpResponse<String> signedIn = session.send(session.request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
			throw new IllegalStateException("login of " + username + " failed: " + signedIn.statusCode() + " " + location);
		}
		// Signing in replaces the CSRF token: read the new one from any page of the session.
		String home = session.send(session.request("/").GET()).body();
		session.csrfToken = find(META_CSRF, home, "the page's CSRF meta tag");
		session.csrfHeader = find(META_HEADER, home, "the page's CSRF header meta tag");
		return session;
	}

	/** A call nobody signed in for, e.g. registering. */
	static HttpResponse<String> postAnonymous(HttpClient http, URI base, String path, String json) {
		return new WebSession(http, base).send(HttpRequest.newBuilder(base.resolve(path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	HttpResponse<String> post(String path, String json) {
		return send(withCsrf(request(path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** A POST whose answer need not carry the whole resource (RFC 7240 {@code Prefer: return=minimal}). */
	HttpResponse<String> postMinimal(String path, String json) {
		return send(withCsrf(request(path)).header("Content-Type", "application/json")
			.header("Prefer", "return=minimal")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> put(String path, String json) {
		return send(withCsrf(request(path)).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * A multipart form POST, as a browser sends a form with a file: text fields, then one file (if a name is given).
	 */
	HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, String filename,
			String contentType, byte[] content) {
		String boundary = "----chengxiang" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		if (fileField != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
					+ filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(withCsrf(request(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** The body of a response with the expected status, or an exception naming what came instead. */
	static String expect(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
					+ response.statusCode() + " instead of " + status + ": " + response.body());
		}
		return response.body();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
	}

	private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
		return builder.header(csrfHeader, csrfToken);
	}

	private HttpResponse<String> send(HttpRequest.Builder builder) {
		try {
			HttpRequest request = builder.build();
			HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
			cookies.get(request.uri(), Map.of()).forEach((name, values) -> values.forEach(v -> withCookies.header(name, v)));
			HttpResponse<String> response = http.send(withCookies.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			cookies.put(response.uri(), response.headers().map());
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String find(Pattern pattern, String html, String what) {
		Matcher matcher = pattern.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + what + " found");
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
