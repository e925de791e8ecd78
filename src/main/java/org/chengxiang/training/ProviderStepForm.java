package org.chengxiang.training;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Suspending or reinstating a provider, as the detail page or the API sends it.
 *
 * @param version the version of the provider the bureau saw
 * @param reason why (required to suspend)
 */
record ProviderStepForm(@NotNull(message = "{training.version.required}") Integer version,
		@Size(max = 200, message = "{training.provider.reason.size}") String reason) {
}
