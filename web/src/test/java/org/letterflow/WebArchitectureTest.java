package org.letterflow;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The component rules over web and ejb together — a component's packages span both modules, so a
 * cycle may run through either — and what only the web module must keep: its pages and resources
 * talk to another component through that component's boundary, never its control.
 */
@AnalyzeClasses(packages = "org.letterflow", importOptions = ComponentRules.ProductionCode.class)
class WebArchitectureTest {

    @ArchTest
    static final ArchTests components = ArchTests.in(ComponentRules.class);

    @ArchTest
    static final ArchRule pagesAndResourcesUseOtherComponentsThroughTheirBoundary = classes()
            .that().resideInAnyPackage("org.letterflow.*.ui..", "org.letterflow.*.boundary..")
            .should(new ArchCondition<JavaClass>("use another component only through its boundary") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (!inWebModule(type)) {
                        return;
                    }
                    String from = ComponentRules.componentOf(type);
                    for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        String to = ComponentRules.componentOf(target);
                        if (to != null && !to.equals(from) && target.getPackageName().contains(".control")) {
                            events.add(SimpleConditionEvent.violated(dependency,
                                    from + " reaches into " + to + "'s control: " + dependency.getDescription()));
                        }
                    }
                }
            });

    /** The web module's own classes, as against the ejb module's on the same test class path. */
    static boolean inWebModule(JavaClass type) {
        return type.getSource().map(source -> source.getUri().toString())
                .filter(uri -> uri.contains("/web/target/classes/") || uri.contains("letterflow-web"))
                .isPresent();
    }
}
