package org.chengxiang.plan;

/**
 * Tells a text written in traditional characters. Its notes (牽頭單位：…、責任單位：…) are not read: the
 * import refuses it in words rather than guess at half of it.
 */
final class TraditionalText {

	/** Characters frequent in plans that traditional writing alone uses, each for a simplified one. */
	private static final String TRADITIONAL_ONLY = "單頭責負區縣鄉鎮發經濟實關為產業務設環規劃辦廳項質資際間說請數據們這會將時點過與從對"
			+ "開門問題傳國來長東動現進應機構織權衛療醫藥農條級";

	private static final int FEWEST = 20;

	private static final double SHARE = 0.05;

	private TraditionalText() {
	}

	/** Whether a text is written in traditional characters: many of its Chinese characters are of that writing alone. */
	static boolean isTraditional(String text) {
		int han = 0;
		int traditional = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				han++;
				traditional += (TRADITIONAL_ONLY.indexOf(c) >= 0) ? 1 : 0;
			}
		}
		return traditional >= FEWEST && traditional >= han * SHARE;
	}

}
