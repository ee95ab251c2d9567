-- Deadlines from attachments: a letter's files are read for deadlines too, each named by its file and page.

-- Where each page begins in an attachment's text ("0,1534,2890"), so a deadline found in it names its page;
-- null for files without pages (DOCX) and for those read before this migration.
alter table attachment add column page_starts text;

-- Where a kept due date was found: null for the letter's own text (or a date entered by hand),
-- else the attachment's file name and, when the file has pages, the page.
alter table letter_deadline add column source_file varchar(255);
alter table letter_deadline add column source_page int;
