package org.chengxiang.plan;

/**
 * A step of an assignment's workflow was taken and saved: its status and traffic light are worked out again.
 *
 * @param assignmentId the assignment
 * @param stage where it stands after the step
 */
record AssignmentStepTaken(long assignmentId, AssignmentStage stage) {
}
