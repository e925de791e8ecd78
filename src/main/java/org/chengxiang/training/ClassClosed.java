package org.chengxiang.training;

import java.time.LocalDate;

/** A class finished with every trainee's result recorded: it may now be claimed. */
record ClassClosed(long classId, long providerId, LocalDate closedOn) {
}
