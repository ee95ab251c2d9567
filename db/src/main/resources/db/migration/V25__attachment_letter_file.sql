-- The letter's own file (the one it was registered from) among its files: its dates are the letter's own
-- proposals, which the clerk has already kept or dropped, so it is not read again as one of the attachments
-- for «Сроки из вложений». Files stored before this migration count as attachments, as they did.
alter table attachment add column letter_file boolean not null default false;
