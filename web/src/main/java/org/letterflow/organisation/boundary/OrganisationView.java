package org.letterflow.organisation.boundary;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.OrganisationKind;

/** An organisation as the API shows it. */
@Schema(description = "Организация")
public record OrganisationView(
        @Schema(description = "Идентификатор организации", example = "7") long id,
        @Schema(description = "Вышестоящая организация") Long parentId,
        @Schema(type = SchemaType.STRING, description = "Вид: MINISTRY, REGION, MUNICIPALITY, SCHOOL …") OrganisationKind kind,
        @Schema(description = "Полное наименование", example = "МБОУ «Средняя школа № 5»") String fullName,
        @Schema(description = "Краткое наименование", example = "Школа № 5") String shortName,
        @Schema(description = "Часовой пояс организации (IANA)", example = "Asia/Tomsk") String timeZone,
        @Schema(description = "Электронная почта") String email,
        @Schema(description = "Адрес") String address,
        @Schema(description = "Версия записи (ETag)") long version) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.getId(), o.parentId(), o.getKind(), o.getFullName(), o.getShortName(),
                o.getTimeZone().getId(), o.getEmail(), o.getAddress(), o.getVersion());
    }
}
