package org.chengxiang.services;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Residents that tests register through the public registration API, each with a made-up valid ID number. */
final class TestResidents {

	private TestResidents() {
	}

	/** Registers a resident with a name of their own and answers the login, {@code prefix} and a random number. */
	static String register(MockMvc mvc, String prefix, String displayName) throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String username = prefix + random.nextInt(100_000, 1_000_000);
		org.chengxiang.directory.TestRegistrations.register(mvc, ("""
				{"username":"%s","displayName":"%s","idNumber":"%s","phone":"137%08d"}
				""".formatted(username, displayName, GeneratedIdNumbers.random(), random.nextInt(100_000_000))))
			.andExpect(status().isCreated());
		return username;
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
