-- Demo organisations and users (password "demo" for every user). Applied only in demo mode.
-- Repeatable and idempotent: rows that exist are left as they are, so a clerk's edits survive.

insert into organisation (id, parent_id, kind, full_name, short_name, time_zone, email, address) overriding system value values
    (1, null, 'MINISTRY', 'Министерство просвещения Российской Федерации', 'Минпросвещения России', 'Europe/Moscow', 'info@edu.gov.ru', 'ул. Каретный Ряд, д. 2, г. Москва, 127006'),
    (2, 1, 'REGIONAL_AUTHORITY', 'Департамент общего образования Томской области', 'ДОО ТО', 'Asia/Tomsk', 'k48@obluo.tomsk.gov.ru', 'Ленина пр., д. 111, г. Томск, 634069'),
    (3, 2, 'MUNICIPAL_AUTHORITY', 'Департамент образования администрации Города Томска', 'ДО г. Томска', 'Asia/Tomsk', 'edu@admin.tomsk.ru', 'ул. Благовещенский пер., д. 5, г. Томск, 634050'),
    (4, 3, 'SCHOOL', 'Муниципальное автономное общеобразовательное учреждение средняя общеобразовательная школа № 2 г. Томска', 'МАОУ СОШ № 2 г. Томска', 'Asia/Tomsk', 'school2@tomsk.edu.ru', 'ул. Дзержинского, д. 1, г. Томск, 634050'),
    (5, 2, 'SCHOOL', 'Областное государственное бюджетное общеобразовательное учреждение «Томский физико-технический лицей»', 'ОГБОУ ТФТЛ', 'Asia/Tomsk', 'tftl@tomsk.edu.ru', 'ул. Пирогова, д. 10, г. Томск, 634034'),
    (6, 1, 'REGIONAL_AUTHORITY', 'Министерство образования Иркутской области', 'Минобр Иркутской области', 'Asia/Irkutsk', 'obrazovanie@38edu.ru', 'ул. Ленина, д. 5а, г. Иркутск, 664025'),
    (7, 6, 'MUNICIPAL_AUTHORITY', 'Департамент образования комитета по социальной политике и культуре администрации г. Иркутска', 'ДО г. Иркутска', 'Asia/Irkutsk', 'do@admirk.ru', 'ул. Ленина, д. 14б, г. Иркутск, 664025'),
    (8, 7, 'SCHOOL', 'Муниципальное бюджетное общеобразовательное учреждение г. Иркутска средняя общеобразовательная школа № 19', 'МБОУ г. Иркутска СОШ № 19', 'Asia/Irkutsk', 'school19@irk.edu.ru', 'ул. Лермонтова, д. 79, г. Иркутск, 664033'),
    (9, 1, 'REGIONAL_AUTHORITY', 'Министерство образования и науки Республики Татарстан', 'МОиН РТ', 'Europe/Moscow', 'mon@tatar.ru', 'ул. Кремлевская, д. 9, г. Казань, 420111'),
    (10, 9, 'MUNICIPAL_AUTHORITY', 'Управление образования Исполнительного комитета муниципального образования г. Казани', 'УО г. Казани', 'Europe/Moscow', 'uo@kzn.ru', 'ул. Груздева, д. 5, г. Казань, 420061'),
    (11, 10, 'SCHOOL', 'Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 7» г. Казани', 'МБОУ «Гимназия № 7»', 'Europe/Moscow', 'gym7@kzn.edu.ru', 'ул. Тихорецкая, д. 5, г. Казань, 420073')
on conflict (id) do nothing;

insert into app_user (id, organisation_id, login, password_hash, full_name, short_name, position) overriding system value values
    (1, 1, 'minpros.clerk', 'PBKDF2WithHmacSHA256:20000:xgGcPno11CEw26w6p+2bOIk9LqYC6R1G5ZXkNn/1A/c=:X2A1sVtPrwgmUW9UJqRHQG1IjWHx8tPcunCH9KP8gYg=', 'Смирнова Ольга Викторовна', 'О.В. Смирнова', 'Консультант отдела делопроизводства'),
    (2, 1, 'minpros.head', 'PBKDF2WithHmacSHA256:20000:zSIPlS3dcJAxmGMTqNBoEUf476P6vo7zos2RZlDz8So=:fFMK16ZdAKLbsZd7vyCT6gYYbE7Q+uqaT2BirFnaFAo=', 'Шатунов Сергей Петрович', 'С.П. Шатунов', 'Директор департамента'),
    (3, 2, 'tomsk.clerk', 'PBKDF2WithHmacSHA256:20000:/Ia6f6AcN528IScMG3aQ5oe2uunTLcXWZsGz8b4AXbo=:cKFUB10S7e0PHJTKsX++o7sLub6oV0JZrokXx5WNc1M=', 'Петрова Марина Сергеевна', 'М.С. Петрова', 'Специалист по делопроизводству'),
    (4, 2, 'tomsk.head', 'PBKDF2WithHmacSHA256:20000:hHP5DB8MYrnK7VAvRJqZd9eQbkHK2G8ttCMDcUtLioY=:ADckmzubreg4RHiM2hyfvLi8lMtSDdiVT8OBsyBCmxU=', 'Грабцевич Ирина Богдановна', 'И.Б. Грабцевич', 'Начальник Департамента'),
    (5, 2, 'tomsk.executor', 'PBKDF2WithHmacSHA256:20000:91VwaFmbpQ/Z0D05HfOqebPqN5s7SzffhAN83hrfXrc=:k9qnxoU79AplvuZ2nsQu4TdzvIYCSWqd3N6VJQIE/zc=', 'Свирчевская Анастасия Станиславовна', 'А.С. Свирчевская', 'Главный специалист'),
    (6, 6, 'irkutsk.clerk', 'PBKDF2WithHmacSHA256:20000:dQJIpnkcv7udJL5lLvuEKOprPzWMYreybUgZYrdHIwE=:lcZZ01QcP0kfWtASjqS6KbmWosM+tDQLoXnNSrJ8T1w=', 'Иванова Елена Николаевна', 'Е.Н. Иванова', 'Специалист по делопроизводству'),
    (7, 6, 'irkutsk.head', 'PBKDF2WithHmacSHA256:20000:+BC9d0FWCxoZ0rwYQJpE938aEA3FM/En4H+LIs6DWkQ=:ty8kHEiDIrYXtYmVd7jVpgXeJ5/CuFbckVzgLrlQuzk=', 'Кокоуров Денис Викторович', 'Д.В. Кокоуров', 'Заместитель министра образования Иркутской области'),
    (8, 9, 'tatarstan.clerk', 'PBKDF2WithHmacSHA256:20000:g/qhkhTg0fU5i0shpOxQ6aScFDJT+8iGkJnRz72Gw28=:MlRKfLYj+Bvg65G97hHvnwSDf9nN+edGO94im2PiL4M=', 'Галиева Алсу Рашитовна', 'А.Р. Галиева', 'Специалист по делопроизводству'),
    (9, 9, 'tatarstan.deputy', 'PBKDF2WithHmacSHA256:20000:Zk5hAt5e/HHgbyn3Lbg+qeVoeJ1wbGXFSBnxb7+tqmk=:+1QtlAmSxfQFhkswzzl1jx597xafTJDeFnZ/ahyKF9I=', 'Захарова Светлана Николаевна', 'С.Н. Захарова', 'Заместитель министра'),
    (10, 9, 'tatarstan.head', 'PBKDF2WithHmacSHA256:20000:SQs1t4II0FyHNRkHri098XiWQ3cBLAB9ejF8Z0qrJ64=:trzTgylskxTnk9KBMY/dPMUHdClXSOqDnyot3n78FpU=', 'Музипов Руслан Гумерович', 'Р.Г. Музипов', 'Заместитель министра – руководитель департамента надзора и контроля в сфере образования'),
    (11, 9, 'tatarstan.executor', 'PBKDF2WithHmacSHA256:20000:K9GUpjQc5Tlci25FQpInkAYAhwP4F6lUE1DWUs3k2dU=:h3Q9EfZ3cUgNG3QspdFehAxHdlrd2SZmQ5Wge8xMJoA=', 'Саубанова Лилия Ильдаровна', 'Л.И. Саубанова', 'Начальник отдела аналитического, информационного и организационного обеспечения'),
    (12, 4, 'school.clerk', 'PBKDF2WithHmacSHA256:20000:ZCqSF4fTeEomntf2O8phByjDXN/rMVI+0zDrx6v9pCE=:U02e20sCfEbDTvhCeBHhFV6ICBhIs4P7yVM+IlnfURU=', 'Кузнецова Наталья Андреевна', 'Н.А. Кузнецова', 'Секретарь'),
    (13, 1, 'admin', 'PBKDF2WithHmacSHA256:20000:8JZFjKVpL6K82r4YG+XtCxGOBlHcqmbEMp7l0GcIV8A=:I+F4uyFfhH/p7I1brSNVCYYdqNXsX13fgpZTV2P7Jcg=', 'Администратор системы', 'Администратор', 'Администратор'),
    (14, 7, 'irkutsk.city.clerk', 'PBKDF2WithHmacSHA256:20000:1aGrZ1ozdEQ/kisjldwgm7STQEfdh7LyA7xLcZbyQfU=:VCGHylaGOduGJ5lPXlF0E48db1lHNaCzLnHJE7mUxI0=', 'Фролова Наталья Александровна', 'Н.А. Фролова', 'Специалист по делопроизводству')
on conflict do nothing;

insert into user_role (user_id, role) values
    (1, 'CLERK'),
    (2, 'EXECUTIVE'),
    (3, 'CLERK'),
    (4, 'EXECUTIVE'),
    (5, 'EXECUTOR'),
    (6, 'CLERK'),
    (7, 'EXECUTIVE'),
    (8, 'CLERK'),
    (9, 'EXECUTIVE'),
    (10, 'EXECUTIVE'),
    (11, 'EXECUTOR'),
    (12, 'CLERK'),
    (13, 'ADMIN'),
    (14, 'CLERK')
on conflict do nothing;

-- Explicit ids above: move the identity sequences past them.
select setval(pg_get_serial_sequence('organisation', 'id'), greatest((select max(id) from organisation), 1));
select setval(pg_get_serial_sequence('app_user', 'id'), greatest((select max(id) from app_user), 1));

-- Demo addresses for e-mail reminders (delivered only where SMTP is configured).
update app_user set email = login || '@demo.letterflow.local' where email is null and id <= 14;
