-- A letter's search document is computed before its row is written, not by an UPDATE after it:
-- the AFTER trigger wrote every new or edited letter twice (a second row version, its index
-- entries, its WAL), and registration paid for it on each letter (BENCHMARKS.md, issue 18 item 2).
-- Attachments still refresh the document of their letter after they are stored.
create or replace function letter_search_on_letter() returns trigger language plpgsql as $$
begin
    -- a bulk import writes the documents of its letters in the statement that inserts them
    if current_setting('letterflow.bulk_import', true) is distinct from 'on' then
        new.search := letter_search_document(new.subject, new.summary, new.addressees, new.correspondent_name,
                new.signatory_name, new.executor_name,
                case when tg_op = 'UPDATE' then
                    (select string_agg(left(a.text, 200000), ' ') from attachment a where a.letter_id = new.id)
                end);
    end if;
    return new;
end;
$$;

drop trigger letter_search_letter on letter;
create trigger letter_search_letter before insert or update of subject, summary, addressees, correspondent_name,
    signatory_name, executor_name on letter for each row execute function letter_search_on_letter();
