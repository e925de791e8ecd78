package org.chengxiang.platform.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The base map under every map of the app: a tile server's URL template (an intranet server, or any XYZ server
 * in Web Mercator), or 天地图 by its key. Coordinates everywhere are WGS 84 longitude and latitude; 天地图 uses
 * CGCS2000, which agrees with WGS 84 to well under a metre at a city's scale, so no shift (such as GCJ-02) is
 * applied. With neither set the maps draw the grid and the divisions on a plain background and say that no base
 * map is configured.
 *
 * @param tileUrl URL template of the base tiles, {@code {z}/{x}/{y}} and optionally {@code {s}} for a subdomain
 * @param annotationUrl URL template of a label layer drawn above the base tiles (optional)
 * @param tiandituKey a 天地图 key: used when no tile URL is set, for its vector tiles and annotations
 * @param subdomains the values of {@code {s}} (default {@code 01234567} for 天地图, {@code abc} otherwise)
 * @param attribution the source credit shown in the map's corner (default: 天地图's name when it is used)
 * @param maxZoom the deepest zoom the tile server has
 */
@ConfigurationProperties("chengxiang.map")
public record MapProperties(String tileUrl, String annotationUrl, String tiandituKey, String subdomains,
		String attribution, @DefaultValue("18") int maxZoom) {

	static final String TIANDITU = "https://t{s}.tianditu.gov.cn/%s_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
			+ "&LAYER=%s&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=%s";

	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+");

	public MapProperties {
		tileUrl = blankToNull(tileUrl);
		annotationUrl = blankToNull(annotationUrl);
		tiandituKey = blankToNull(tiandituKey);
		subdomains = blankToNull(subdomains);
		attribution = blankToNull(attribution);
		if (maxZoom < 1 || maxZoom > 22) {
			throw new IllegalArgumentException("chengxiang.map.max-zoom must lie between 1 and 22");
		}
		// fail at startup rather than with an empty map: every host must be one the browser is allowed to load
		for (String url : new String[] { tileUrl, annotationUrl }) {
			if (url != null) {
				hosts(url, subdomains == null ? "abc" : subdomains);
			}
		}
	}

	/** Whether any base map is configured. */
	public boolean configured() {
		return baseLayer() != null;
	}

	/** Whether the base map is 天地图 by its key. */
	public boolean tianditu() {
		return tileUrl == null && tiandituKey != null;
	}

	/** The URL template of the base tiles, or {@code null}. */
	public String baseLayer() {
		if (tileUrl != null) {
			return tileUrl;
		}
		return tiandituKey == null ? null : TIANDITU.formatted("vec", "vec", encodedKey());
	}

	/** The URL template of the label layer, or {@code null}. */
	public String labelLayer() {
		if (tileUrl != null) {
			return annotationUrl;
		}
		return tiandituKey == null ? null : TIANDITU.formatted("cva", "cva", encodedKey());
	}

	/** The values of {@code {s}}. */
	public String tileSubdomains() {
		return subdomains != null ? subdomains : (tianditu() ? "01234567" : "abc");
	}

	/**
	 * The origins the browser may load map images from, for the Content-Security-Policy's {@code img-src}: each
	 * configured template's scheme and host, with every subdomain spelt out. A relative template is on this
	 * server already.
	 */
	public List<String> imageSources() {
		Set<String> sources = new LinkedHashSet<>();
		for (String url : new String[] { baseLayer(), labelLayer() }) {
			if (url != null) {
				sources.addAll(hosts(url, tileSubdomains()));
			}
		}
		return List.copyOf(sources);
	}

	private String encodedKey() {
		return URLEncoder.encode(tiandituKey, StandardCharsets.UTF_8);
	}

	private static List<String> hosts(String template, String subdomains) {
		if (template.startsWith("/") && !template.startsWith("//")) {
			return List.of();
		}
		List<String> hosts = new ArrayList<>();
		List<String> values = template.contains("{s}")
				? subdomains.chars().mapToObj(c -> String.valueOf((char) c)).toList() : List.of("");
		for (String value : values) {
			String sample = template.replace("{s}", value)
				.replace("{z}", "0")
				.replace("{x}", "0")
				.replace("{y}", "0")
				.replace("{r}", "");
			URI uri;
			try {
				uri = URI.create(sample);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("chengxiang.map: not a URL template: " + template, ex);
			}
			String scheme = uri.getScheme();
			String host = uri.getHost();
			if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || host == null
					|| !HOST.matcher(host).matches()) {
				throw new IllegalArgumentException(
						"chengxiang.map: a tile URL template needs http(s) and a host name: " + template);
			}
			hosts.add(scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
		}
		return hosts;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
