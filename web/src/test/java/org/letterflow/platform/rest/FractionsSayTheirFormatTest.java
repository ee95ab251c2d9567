package org.letterflow.platform.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.math.BigDecimal;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.ComponentRules;

/**
 * Payara writes long and double alike as {@code number} with no format, and ProblemAnswers reads such a number as
 * an integer (identifiers, versions, counts). That holds only while every fractional field of the records the API
 * answers with says its format: this keeps it true.
 */
@AnalyzeClasses(packages = "org.letterflow", importOptions = ComponentRules.ProductionCode.class)
class FractionsSayTheirFormatTest {

    /** Records of the code that never leave the server: the evaluation's scoring and the printed journal's layout. */
    private static final Set<String> NOT_ANSWERED = Set.of("org.letterflow.extraction.control.AnswerCheck$Answer",
            "org.letterflow.registration.control.PrintedJournal$Column");

    private static final Set<String> FRACTIONS = Set.of("double", "float", Double.class.getName(), Float.class.getName(),
            BigDecimal.class.getName());

    @ArchTest
    static final ArchRule fractionalFieldsOfApiRecordsSayTheirFormat = fields()
            .that().areDeclaredInClassesThat().areRecords()
            .and().areDeclaredInClassesThat().resideInAnyPackage("org.letterflow.*.boundary..", "org.letterflow.*.control..")
            .should(new ArchCondition<JavaField>("say format double or float in @Schema") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    if (!FRACTIONS.contains(field.getRawType().getName())
                            || NOT_ANSWERED.contains(field.getOwner().getName())) {
                        return;
                    }
                    String format = field.tryGetAnnotationOfType(Schema.class).map(Schema::format).orElse("");
                    if (!format.equals("double") && !format.equals("float")) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName()
                                + " is fractional but says no format: /openapi would call it an integer"));
                    }
                }
            })
            .allowEmptyShould(false);
}
