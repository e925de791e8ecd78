package org.chengxiang.cityops.cases;

import java.util.Locale;

import org.chengxiang.platform.web.ReaderLocale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names a case class in the reader's language. The stored name is the official Chinese one of GB/T 30428 (or the
 * administrator's), shown as it is to a Chinese reader; other readers get the message {@code cityops.class.<code>},
 * and the stored name where a class has no such message (one an administrator added). Templates call it as
 * {@code ${@caseClassNames.of(code, name)}}.
 */
@Component("caseClassNames")
public class CaseClassNames {

	private final MessageSource messages;

	CaseClassNames(MessageSource messages) {
		this.messages = messages;
	}

	public String of(String code, String storedName) {
		Locale reader = ReaderLocale.current();
		if (code == null || Locale.CHINESE.getLanguage().equals(reader.getLanguage())) {
			return storedName;
		}
		return messages.getMessage("cityops.class." + code, null, storedName, reader);
	}

}
