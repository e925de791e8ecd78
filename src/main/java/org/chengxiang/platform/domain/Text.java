package org.chengxiang.platform.domain;

import java.util.Arrays;
import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;

/**
 * What a reader is told, as a message key of {@code messages*.properties} and its arguments, worded in the reader's
 * language only where it is shown (a page, a ProblemDetail, an e-mail). Arguments may be texts themselves; they are
 * worded in the same language. Stored texts (notifications) keep the key and the arguments, never the wording.
 *
 * @param key the message key
 * @param args its arguments: numbers, dates, names from data, or other texts
 */
public record Text(String key, Object... args) implements MessageSourceResolvable {

	public Text {
		Objects.requireNonNull(key, "key");
		args = args == null ? new Object[0] : args.clone();
	}

	public static Text of(String key, Object... args) {
		return new Text(key, args);
	}

	/**
	 * A sentence the framework has already worded in the reader's language (Bean Validation interpolates a
	 * constraint's {@code {key}} message in the request's locale), passed on as it is.
	 */
	public static Text asWorded(String sentence) {
		return new Text("problem.asWorded", sentence);
	}

	@Override
	public Object[] args() {
		return args.clone();
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return args.clone();
	}

	@Override
	public String getDefaultMessage() {
		// a key missing from the messages files shows as itself, which MessagesTests would have caught
		return key;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Text text && key.equals(text.key) && Arrays.equals(args, text.args);
	}

	@Override
	public int hashCode() {
		return 31 * key.hashCode() + Arrays.hashCode(args);
	}

	@Override
	public String toString() {
		return args.length == 0 ? key : key + Arrays.toString(args);
	}

}
