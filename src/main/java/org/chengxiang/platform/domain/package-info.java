/**
 * What every module's domain may use without depending on the web: the refusals an aggregate or a rule throws
 * ({@link org.chengxiang.platform.domain.RuleBroken}, {@link org.chengxiang.platform.domain.StepRefused},
 * {@link org.chengxiang.platform.domain.StaleVersion}, {@link org.chengxiang.platform.domain.NoSuchRecord}) and the
 * {@link org.chengxiang.platform.domain.Text} a reader is told, by message key. The web edge turns them into
 * ProblemDetails and page messages in the reader's language (ADR 15).
 */
@org.springframework.modulith.NamedInterface("domain")
package org.chengxiang.platform.domain;
