-- Numbers come from a sequence: a per-day counter row serialised every draft behind one row lock.
-- The six digits are the sequence value modulo one million, so they stay unique within a day up to a
-- million applications a day (the unique constraint on number is the guard).
create sequence services.application_number_seq;
drop table services.number_counter;
