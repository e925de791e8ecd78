package org.chengxiang.residence.schools;

/** What a school teaches: a kindergarten, a primary school or a junior secondary school. */
enum SchoolKind {

	KINDERGARTEN, PRIMARY, JUNIOR

}
