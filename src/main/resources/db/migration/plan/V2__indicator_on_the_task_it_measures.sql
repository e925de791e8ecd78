-- An indicator belongs to the one task it measures. Plans imported before this bound the settlement
-- indicators to every task whose title named 落户 ((一), (二) and (三) of the reference plan); they measure
-- (二) 便捷落户 only. New imports bind each indicator to its one task.
delete from plan.indicator_binding b
using plan.task t
where t.id = b.task_id
  and b.indicator_key like 'settlement.%'
  and t.title not like '%便捷落户%';
