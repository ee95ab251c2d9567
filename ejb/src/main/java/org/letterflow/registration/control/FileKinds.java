package org.letterflow.registration.control;

import java.util.Locale;
import org.letterflow.platform.Text;
import org.letterflow.registration.entity.Letter;

/**
 * What a letter's history says about a file and a letter, in words a clerk uses: "документ PDF,
 * 12 КБ" rather than "application/pdf, 12345 байт"; "№ 57-0144 от 15.01.2021" rather than a
 * database id.
 */
public final class FileKinds {


    private FileKinds() {
    }

    public static String describe(String mediaType, long size) {
        return kind(mediaType) + ", " + size(size);
    }

    static String kind(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        if (parameters >= 0) {
            type = type.substring(0, parameters).strip();
        }
        Text kind = switch (type) {
            case "application/pdf" -> Text.FILE_KIND_PDF;
            case "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "application/rtf", "text/rtf" -> Text.FILE_KIND_WORD;
            case "application/vnd.oasis.opendocument.text" -> Text.FILE_KIND_ODF_TEXT;
            case "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "application/vnd.oasis.opendocument.spreadsheet", "text/csv" -> Text.FILE_KIND_TABLE;
            case "application/zip", "application/x-7z-compressed", "application/x-rar-compressed",
                 "application/vnd.rar" -> Text.FILE_KIND_ARCHIVE;
            case "text/plain" -> Text.FILE_KIND_TEXT;
            default -> type.startsWith("image/") ? Text.FILE_KIND_IMAGE : Text.FILE_KIND_OTHER;
        };
        return kind.format();
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return Text.SIZE_BYTES.format(bytes);
        }
        if (bytes < 1024 * 1024) {
            return Text.SIZE_KILOBYTES.format((bytes + 1023) / 1024);
        }
        return Text.SIZE_MEGABYTES.format(
                String.format(Locale.forLanguageTag("ru"), "%.1f", bytes / (1024.0 * 1024.0)));
    }

    /** A letter as people name it: its number and date, or its subject while a draft. */
    public static String letterName(Letter letter) {
        return letter.getRegistrationNumber() == null ? "«" + letter.getSubject() + "»"
                : Filing.numberAndDate(letter.getRegistrationNumber(), letter.getRegistrationDate());
    }
}
