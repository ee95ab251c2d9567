package org.letterflow.registration.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.registration.control.LetterRow;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterState;

/** A letter's card as the API shows it. Times are in the organisation's time zone. */
@Schema(description = "Карточка письма")
public record LetterView(
        @Schema(description = "Идентификатор письма", example = "42") long id,
        @Schema(type = SchemaType.STRING, description = "Направление: INCOMING — входящее, OUTGOING — исходящее") Direction direction,
        @Schema(type = SchemaType.STRING, description = "Состояние письма") LetterState state,
        @Schema(description = "Регистрационный номер (нет у проекта)", example = "01-12/345") String registrationNumber,
        @Schema(type = SchemaType.STRING, format = "date", description = "Дата регистрации (дата организации)", example = "2026-12-02") LocalDate registrationDate,
        @Schema(type = SchemaType.STRING, format = "date-time", description = "Когда письмо поступило, время организации со смещением", example = "2026-12-02T09:30:00+07:00") OffsetDateTime receivedAt,
        @Schema(description = "Журнал регистрации") Long journalId,
        @Schema(description = "Название журнала") String journal,
        @Schema(description = "Организация-корреспондент, если она в системе") Long correspondentOrganisationId,
        @Schema(description = "Корреспондент", example = "Министерство просвещения") String correspondentName,
        @Schema(description = "Исходящий номер корреспондента", example = "АБ-123/07") String correspondentNumber,
        @Schema(type = SchemaType.STRING, format = "date", description = "Дата письма корреспондента", example = "2026-11-28") LocalDate correspondentDate,
        @Schema(description = "Заголовок (краткое содержание)", example = "О проведении олимпиады") String subject,
        @Schema(description = "Адресаты") String addressees,
        @Schema(description = "Должность подписавшего") String signatoryPosition,
        @Schema(description = "Подписавший") String signatoryName,
        @Schema(description = "Исполнитель") String executorName,
        @Schema(description = "Телефон исполнителя") String executorPhone,
        @Schema(description = "Содержание") String summary,
        @Schema(description = "Отметка о приложениях") String attachmentNote,
        @Schema(description = "Ограниченный доступ: видят только указанные читатели") boolean restricted,
        @Schema(type = SchemaType.ARRAY, implementation = AttachmentView.class, description = "Приложения") List<AttachmentView> attachments,
        @Schema(type = SchemaType.ARRAY, implementation = LetterRow.class, description = "Письма, на которые это — ответ") List<LetterRow> inReplyTo,
        @Schema(type = SchemaType.ARRAY, implementation = LetterRow.class, description = "Письмо, которое это пересылает") List<LetterRow> reissueOf,
        @Schema(type = SchemaType.ARRAY, implementation = LetterRow.class, description = "Сопроводительные письма, которыми это переслано") List<LetterRow> reissuedAs,
        @Schema(description = "Версия записи (она же ETag для If-Match)", example = "3") long version) {

    /**
     * A file of the letter; {@code superseded}: a newer version of it was added while the draft was reworked;
     * {@code letterFile}: the letter's own file (the one it was registered from), not one of its attachments.
     */
    @Schema(description = "Приложение к письму")
    public record AttachmentView(
            @Schema(description = "Идентификатор приложения") long id,
            @Schema(description = "Имя файла", example = "приказ.pdf") String fileName,
            @Schema(description = "Тип содержимого", example = "application/pdf") String mediaType,
            @Schema(description = "Размер, байт") long size,
            @Schema(description = "Контрольная сумма SHA-256") String sha256,
            @Schema(description = "Страниц (для PDF и изображений)") Integer pages,
            @Schema(description = "Извлечение текста для поиска") String textStatus,
            @Schema(description = "Есть копия со штампом регистрации") boolean stampedCopy,
            @Schema(description = "Версия файла") int version,
            @Schema(description = "Заменён более новой версией") boolean superseded,
            @Schema(description = "Это файл самого письма, а не приложение") boolean letterFile) {

        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.getId(), a.getFileName(), a.getMediaType(), a.getSize(), a.getSha256(),
                    a.getPages(), a.getTextStatus().name(), a.getStampedSha256() != null, a.getVersion(), a.isSuperseded(),
                    a.isLetterFile());
        }
    }

    /** The card as read in one transaction. */
    public static LetterView of(LetterFile f) {
        return of(f.letter(), f.attachments(), f.inReplyTo(), f.reissueOf(), f.reissuedAs());
    }

    public static LetterView of(Letter l, List<Attachment> attachments, List<LetterRow> inReplyTo) {
        return of(l, attachments, inReplyTo, List.of(), List.of());
    }

    /** The letter as the API shows it, with its files and links both ways, read in one transaction. */
    public static LetterView of(long letterId, LetterFiles files) {
        return of(files.withFilesAndLinks(letterId));
    }

    /**
     * With the re-issue links both ways: {@code reissueOf}, the incoming letter this one passes on
     * («Во исполнение …»); {@code reissuedAs}, the letters that passed this one on («Переадресовано письмом …»).
     */
    public static LetterView of(Letter l, List<Attachment> attachments, List<LetterRow> inReplyTo,
                                List<LetterRow> reissueOf, List<LetterRow> reissuedAs) {
        return new LetterView(l.getId(), l.getDirection(), l.getState(), l.getRegistrationNumber(),
                l.getRegistrationDate(),
                l.getReceivedAt() == null ? null
                        : l.getReceivedAt().atZone(l.getTimeZone()).toOffsetDateTime(),
                l.getJournal() == null ? null : l.getJournal().getId(),
                l.getJournal() == null ? null : l.getJournal().getName(),
                l.getCorrespondentOrganisationId(), l.getCorrespondentName(), l.getCorrespondentNumber(),
                l.getCorrespondentDate(), l.getSubject(), l.getAddressees(), l.getSignatoryPosition(),
                l.getSignatoryName(), l.getExecutorName(), l.getExecutorPhone(), l.getSummary(),
                l.getAttachmentNote(), l.isRestricted(), attachments.stream().map(AttachmentView::of).toList(),
                inReplyTo, reissueOf, reissuedAs, l.getVersion());
    }
}
