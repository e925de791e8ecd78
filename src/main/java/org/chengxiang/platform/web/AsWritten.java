package org.chengxiang.platform.web;

import java.util.Arrays;

import org.chengxiang.platform.domain.Text;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Data inside a worded sentence ("Submitted by {0}"): a person's or a department's name, or what someone typed,
 * stays as written in either language, so its element says {@code translate="no"}. Templates put it in a message
 * argument and show the sentence with {@code th:utext}: {@code th:with="who=${@asWritten.span(i.by)}" th:utext="#{plan.todo.by(${who})}"} (a bean is not reached from inside {@code th:utext}).
 */
@Component("asWritten")
public class AsWritten {

	/** The value, HTML-escaped, in a {@code <span translate="no">}; empty for none. */
	public String span(Object value) {
		if (value == null) {
			return "";
		}
		return "<span translate=\"no\">" + HtmlUtils.htmlEscape(value.toString()) + "</span>";
	}

	/**
	 * The text with its written arguments (names, what someone typed) marked as data, also inside the texts it holds
	 * (an escalation holds the alarm's summary); numbers, dates and worded arguments stay as they are. Show the
	 * sentence it words with {@code th:utext}.
	 */
	public Text marked(Text text) {
		Object[] args = Arrays.stream(text.args())
			.map(arg -> arg instanceof String written ? span(written) : arg instanceof Text inner ? marked(inner) : arg)
			.toArray();
		return Text.of(text.key(), args);
	}

}
