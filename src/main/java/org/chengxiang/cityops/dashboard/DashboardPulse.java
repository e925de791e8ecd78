package org.chengxiang.cityops.dashboard;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Keeps the open dashboards live over server-sent events: every two seconds it compares the city's version
 * (alarms and case steps) with the last one it saw and, when it moved, tells every dashboard to refresh. The
 * event carries only the version: each dashboard then asks for the snapshot of its own user, so nobody is sent
 * what their scope does not cover.
 */
@Component
class DashboardPulse {

	static final String CHANGED = "changed";

	private static final Logger log = LoggerFactory.getLogger(DashboardPulse.class);

	private static final Duration EMITTER_TIMEOUT = Duration.ofMinutes(10);

	private static final int HEARTBEAT_TICKS = 10;

	private final Dashboard dashboard;

	private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();

	private final AtomicReference<String> lastVersion = new AtomicReference<>("");

	private int ticks;

	DashboardPulse(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	/** A new live connection; the browser reconnects by itself when it times out. */
	SseEmitter connect() {
		SseEmitter emitter = new SseEmitter(EMITTER_TIMEOUT.toMillis());
		emitter.onCompletion(() -> emitters.remove(emitter));
		emitter.onTimeout(() -> emitters.remove(emitter));
		emitter.onError(ex -> emitters.remove(emitter));
		emitters.add(emitter);
		send(emitter, SseEmitter.event().name(CHANGED).data(dashboard.version()));
		return emitter;
	}

	int connections() {
		return emitters.size();
	}

	@Scheduled(fixedDelayString = "${chengxiang.cityops.dashboard.pulse:2s}", initialDelayString = "10s")
	void tick() {
		if (emitters.isEmpty()) {
			return;
		}
		String version = dashboard.version();
		if (!version.equals(lastVersion.getAndSet(version))) {
			emitters.forEach(e -> send(e, SseEmitter.event().name(CHANGED).data(version)));
		}
		else if (++ticks % HEARTBEAT_TICKS == 0) {
			// a comment line keeps proxies from closing a quiet connection
			emitters.forEach(e -> send(e, SseEmitter.event().comment("heartbeat")));
		}
	}

	/**
	 * Ends every live connection when the platform stops: the web server's orderly shutdown waits for open requests,
	 * and a dashboard left open on a wall would otherwise hold it for the whole shutdown phase.
	 */
	@EventListener(ContextClosedEvent.class)
	void closeConnections() {
		emitters.forEach(SseEmitter::complete);
		emitters.clear();
	}

	private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Dashboard connection closed: {}", ex.getMessage());
			emitters.remove(emitter);
			emitter.completeWithError(ex);
		}
	}

}
