package org.chengxiang.residence.housing;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The steps of an application on the one-stop core, through its API, for tests of the residence services: a resident
 * registered with an ID number of the test's choosing, a draft, materials, submission and a clerk's approval.
 */
public final class HousingJourney {

	private HousingJourney() {
	}

	/** Registers a resident with the ID number; their login. */
	public static String resident(MockMvc mvc, String prefix, String idNumber) throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String username = prefix + random.nextInt(100_000, 1_000_000);
		org.chengxiang.directory.TestRegistrations.register(mvc, """
				{"username":"%s","displayName":"测试居民","idNumber":"%s","phone":"136%08d"}
				""".formatted(username, idNumber, random.nextInt(100_000_000)))
			.andExpect(status().isCreated());
		return username;
	}

	/** A draft of the item with the form; the answer, 201 when drafted. */
	public static ResultActions draft(MockMvc mvc, String username, String itemCode, String formJson)
			throws Exception {
		return mvc.perform(post("/api/services/applications").with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"%s\",\"form\":%s}".formatted(itemCode, formJson)));
	}

	/** Attaches the materials, submits, and has the clerk accept, review and approve. */
	public static void submitAndApprove(MockMvc mvc, JsonMapper json, String username, String clerk, long id,
			int materials) throws Exception {
		for (int position = 1; position <= materials; position++) {
			mvc.perform(multipart("/api/services/applications/{id}/materials/{p}", id, position)
				.file(new MockMultipartFile("file", "scan.png", "image/png", png()))
				.with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
		}
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/services/applications/{id}/acceptance", id).with(httpBasic(clerk, PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/services/applications/{id}/review", id).with(httpBasic(clerk, PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/services/applications/{id}/approval", id).with(httpBasic(clerk, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"opinion\":\"符合条件\"}")).andExpect(status().isOk());
	}

	/** The id of a drafted application, from the draft's answer. */
	@SuppressWarnings("unchecked")
	public static long id(JsonMapper json, ResultActions drafted) throws Exception {
		return ((Number) json.readValue(drafted.andReturn().getResponse().getContentAsString(), Map.class).get("id"))
			.longValue();
	}

	/** An ID number of another province (Sichuan, Chengdu), fresh for each call. */
	public static String fromAnotherProvince() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return org.chengxiang.platform.crypto.GeneratedIdNumbers.of("510104",
				LocalDate.of(1980, 1, 1).plusDays(random.nextInt(7000)), random.nextInt(1, 999));
	}

	static byte[] png() throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, 64, 48);
		g.setColor(new java.awt.Color(0x1f, 0x5f, 0xa8));
		g.fillRect(6, 6, 20, 24);
		g.dispose();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
