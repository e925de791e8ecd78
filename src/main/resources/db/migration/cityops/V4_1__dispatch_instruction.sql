-- 派遣意见: what the operations centre tells the department when it dispatches a case (the latest dispatch's)
alter table cityops.city_case add column dispatch_instruction text
    check (dispatch_instruction is null or char_length(dispatch_instruction) <= 500);
