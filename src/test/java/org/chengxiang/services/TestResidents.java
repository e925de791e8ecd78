package org.chengxiang.services;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Residents that tests register through the public registration API, each with a made-up valid ID number. */
final class TestResidents {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private TestResidents() {
	}

	/** Registers a resident with a name of their own and answers the login, {@code prefix} and a random number. */
	static String register(MockMvc mvc, String prefix, String displayName) throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String username = prefix + random.nextInt(100_000, 1_000_000);
		org.chengxiang.directory.TestRegistrations.register(mvc, ("""
				{"username":"%s","displayName":"%s","idNumber":"%s","phone":"137%08d","password":"Chengxiang@2020","confirmPassword":"Chengxiang@2020"}
				""".formatted(username, displayName, idNumber(), random.nextInt(100_000_000))))
			.andExpect(status().isCreated());
		return username;
	}

	/** A valid number of someone born in 盖州市 (210881) on a random day. */
	static String idNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
		String body = "210881" + String.format("%04d%02d%02d%03d", born.getYear(), born.getMonthValue(),
				born.getDayOfMonth(), random.nextInt(1000));
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * WEIGHTS[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	/** A real PNG image of the given size, as a phone camera or scanner would send (small). */
	static byte[] png(int width, int height) throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(new java.awt.Color(0x1f, 0x5f, 0xa8));
		g.fillRect(width / 10, height / 10, width / 3, height / 2);
		g.dispose();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
