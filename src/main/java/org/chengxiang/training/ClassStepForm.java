package org.chengxiang.training;

/** A step on a whole class (cancel, close) with the version of the class the page showed. */
record ClassStepForm(Integer version) {
}
