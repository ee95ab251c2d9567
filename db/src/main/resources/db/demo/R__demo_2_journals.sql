-- Demo registration journals, numbered as the seed letters are: 10-1 and 02-5 at the ministry,
-- 57-0144 in Tomsk, 02-55-97/25 in Irkutsk, 1871/23-Д in Tatarstan. Idempotent.
insert into registration_journal (id, organisation_id, direction, name, number_template) overriding system value values
    (1, 1, 'OUTGOING', 'Исходящие Департамента международного сотрудничества (10)', '10-{seq}'),
    (2, 1, 'OUTGOING', 'Исходящие Департамента стратегии (02)', '02-{seq}'),
    (3, 1, 'INCOMING', 'Входящие', 'Вх-{seq}'),
    (4, 2, 'OUTGOING', 'Исходящие', '57-{seq:4}'),
    (5, 2, 'INCOMING', 'Входящие', 'Вх-{seq}'),
    (6, 3, 'INCOMING', 'Входящие', 'Вх-{seq}'),
    (7, 3, 'OUTGOING', 'Исходящие', 'Исх-{seq}'),
    (8, 4, 'INCOMING', 'Входящие', '{seq}-вх'),
    (9, 4, 'OUTGOING', 'Исходящие', '{seq}-исх'),
    (10, 5, 'INCOMING', 'Входящие', 'Вх-{seq}'),
    (11, 5, 'OUTGOING', 'Исходящие', 'Исх-{seq}'),
    (12, 6, 'OUTGOING', 'Исходящие (02-55)', '02-55-{seq}/{yy}'),
    (13, 6, 'INCOMING', 'Входящие', 'Вх-{seq}/{yy}'),
    (14, 7, 'INCOMING', 'Входящие', 'Вх-{seq}'),
    (15, 7, 'OUTGOING', 'Исходящие', 'Исх-{seq}'),
    (16, 8, 'INCOMING', 'Входящие', 'Вх-{seq}'),
    (17, 8, 'OUTGOING', 'Исходящие', 'Исх-{seq}'),
    (18, 9, 'OUTGOING', 'Исходящие (Д)', '{seq}/{yy}-Д'),
    (19, 9, 'INCOMING', 'Входящие', 'Вх-{seq}'),
    (20, 10, 'INCOMING', 'Входящие', 'Вх-{seq}'),
    (21, 10, 'OUTGOING', 'Исходящие', 'Исх-{seq}'),
    (22, 11, 'INCOMING', 'Входящие', 'Вх-{seq}'),
    (23, 11, 'OUTGOING', 'Исходящие', 'Исх-{seq}')
on conflict (id) do nothing;

-- Where the seed letters' years stood when each was registered, so each gets its real number.
insert into journal_counter (journal_id, year, next_value) values
    (1, 2021, 1), (2, 2021, 5), (4, 2021, 144), (5, 2021, 37), (12, 2025, 97), (18, 2023, 1871)
on conflict do nothing;

select setval(pg_get_serial_sequence('registration_journal', 'id'),
              greatest((select max(id) from registration_journal), 1));
