package org.chengxiang.training;

/** The result of a trainee's exam (考核结果). */
enum ResultOutcome {

	PASSED, FAILED

}
