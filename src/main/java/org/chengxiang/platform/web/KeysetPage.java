package org.chengxiang.platform.web;

import java.util.List;
import java.util.function.ToLongFunction;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list, newest first, as every list of the API answers it. To get the next page, send
 * {@code nextBeforeId} back as {@code beforeId}; it is {@code null} on the last page. Keyset paging, not offsets:
 * a page stays right while new records arrive, and the database reads one index range per page.
 *
 * @param items the records of this page
 * @param nextBeforeId the {@code beforeId} of the next page, or {@code null} when this is the last
 */
@Schema(description = "One page of a list, newest first. Send nextBeforeId back as beforeId for the next page.")
public record KeysetPage<T>(List<T> items,
		@Schema(description = "beforeId of the next page; null on the last page", nullable = true) Long nextBeforeId) {

	public KeysetPage {
		items = List.copyOf(items);
	}

	/**
	 * The page of {@code rows}, read with a limit of {@code limit}: a full page may have a next one, which starts
	 * before the id of its last row.
	 */
	public static <T> KeysetPage<T> of(List<T> rows, int limit, ToLongFunction<T> id) {
		Long next = !rows.isEmpty() && rows.size() >= limit ? id.applyAsLong(rows.get(rows.size() - 1)) : null;
		return new KeysetPage<>(rows, next);
	}

}
