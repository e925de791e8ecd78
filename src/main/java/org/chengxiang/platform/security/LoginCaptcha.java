package org.chengxiang.platform.security;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.imageio.ImageIO;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * The captcha the login form asks for after repeated failures: five digits drawn on the server as a PNG, each
 * from line strokes (no font, no outside service), slanted and crossed by noise. The answer waits in the session
 * for five minutes and is good for one try, right or wrong.
 */
@Component
class LoginCaptcha {

	static final String ANSWER = "chengxiang.captcha";

	static final String ISSUED = "chengxiang.captcha.issued";

	static final Duration VALID_FOR = Duration.ofMinutes(5);

	static final int LENGTH = 5;

	static final int WIDTH = 160;

	static final int HEIGHT = 56;

	// the seven segments of each digit: a top, b upper right, c lower right, d bottom, e lower left, f upper left, g middle
	private static final String[] SEGMENTS = { "abcdef", "bc", "abged", "abgcd", "fgbc", "afgcd", "afgedc", "abc",
			"abcdefg", "abcdfg" };

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	LoginCaptcha(Clock clock) {
		this.clock = clock;
	}

	/** A new challenge for the session, replacing any earlier one: the PNG to show. */
	byte[] issue(HttpSession session) {
		StringBuilder answer = new StringBuilder();
		for (int i = 0; i < LENGTH; i++) {
			answer.append((char) ('0' + random.nextInt(10)));
		}
		session.setAttribute(ANSWER, answer.toString());
		session.setAttribute(ISSUED, clock.instant());
		return draw(answer.toString());
	}

	/** Whether the answer is right; the challenge is used up either way. */
	boolean check(HttpSession session, String given) {
		if (session == null) {
			return false;
		}
		Object answer = session.getAttribute(ANSWER);
		Object issued = session.getAttribute(ISSUED);
		session.removeAttribute(ANSWER);
		session.removeAttribute(ISSUED);
		if (!(answer instanceof String expected) || !(issued instanceof Instant at) || given == null
				|| at.plus(VALID_FOR).isBefore(clock.instant())) {
			return false;
		}
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				given.strip().getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] draw(String text) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(new Color(0xf4f6fa));
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setStroke(new BasicStroke(1f));
			for (int i = 0; i < 6; i++) {
				g.setColor(new Color(140 + random.nextInt(80), 140 + random.nextInt(80), 140 + random.nextInt(80)));
				g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
			}
			for (int i = 0; i < text.length(); i++) {
				AffineTransform saved = g.getTransform();
				g.translate(14 + i * 28 + random.nextInt(5), 10 + random.nextInt(6));
				g.shear((random.nextDouble() - 0.5) * 0.5, 0);
				g.rotate((random.nextDouble() - 0.5) * 0.35, 9, 18);
				g.setColor(new Color(random.nextInt(90), 40 + random.nextInt(70), 90 + random.nextInt(100)));
				g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
				digit(g, text.charAt(i) - '0', 18, 34);
				g.setTransform(saved);
			}
			g.setStroke(new BasicStroke(1.6f));
			for (int i = 0; i < 3; i++) {
				g.setColor(new Color(60 + random.nextInt(120), 60 + random.nextInt(120), 60 + random.nextInt(120)));
				int y = 8 + random.nextInt(HEIGHT - 16);
				g.drawLine(0, y, WIDTH, y + random.nextInt(21) - 10);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	private static void digit(Graphics2D g, int digit, int w, int h) {
		int mid = h / 2;
		for (char segment : SEGMENTS[digit].toCharArray()) {
			switch (segment) {
				case 'a' -> g.drawLine(0, 0, w, 0);
				case 'b' -> g.drawLine(w, 0, w, mid);
				case 'c' -> g.drawLine(w, mid, w, h);
				case 'd' -> g.drawLine(0, h, w, h);
				case 'e' -> g.drawLine(0, mid, 0, h);
				case 'f' -> g.drawLine(0, 0, 0, mid);
				default -> g.drawLine(0, mid, w, mid);
			}
		}
	}

}
