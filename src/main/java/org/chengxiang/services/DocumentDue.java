package org.chengxiang.services;

/**
 * A step was taken on an application that may make a document due (acceptance, a decision); handled in the
 * step's own transaction, so that the document's number is given with the step or not at all.
 *
 * @param applicationId the application
 */
record DocumentDue(long applicationId) {
}
