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
import java.util.List;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The component rules over web and ejb together — a component's packages span both modules, so a
 * cycle may run through either — and what only the web module must keep: its pages and resources
 * talk to another component through that component's boundary, never its control or its entities.
 */
@AnalyzeClasses(packages = "org.letterflow", importOptions = ComponentRules.ProductionCode.class)
class WebArchitectureTest {

    /**
     * What makes a class of an entity package a managed JPA type: another component's page holding
     * one could lazily load, change or merge that component's state behind its boundary's back.
     */
    private static final List<String> MANAGED = List.of(
            "jakarta.persistence.Entity", "jakarta.persistence.Embeddable", "jakarta.persistence.MappedSuperclass");

    @ArchTest
    static final ArchTests components = ArchTests.in(ComponentRules.class);

    /**
     * A page or resource of component X reaches another component through that component's
     * boundary: it calls the boundary's facades and reads the views (records) or values they
     * return, never the other component's control nor its managed JPA types. The enums and other
     * plain values of another component's entity package ({@code Direction}, {@code LetterState},
     * {@code Role}, {@code DeliveryState}) stay allowed: they are that component's published
     * vocabulary — immutable, with no persistence context behind them — which its boundary's views
     * carry and its facades take as arguments, so a page may name them as well.
     */
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
                        JavaClass target = dependency.getTargetClass().getBaseComponentType();
                        String to = ComponentRules.componentOf(target);
                        if (to == null || to.equals(from)) {
                            continue;
                        }
                        if (target.getPackageName().contains(".control")) {
                            events.add(SimpleConditionEvent.violated(dependency,
                                    from + " reaches into " + to + "'s control: " + dependency.getDescription()));
                        } else if (isManagedEntity(target)) {
                            events.add(SimpleConditionEvent.violated(dependency,
                                    from + " reads " + to + "'s entity: " + dependency.getDescription()));
                        }
                    }
                }
            });

    /** A JPA entity, embeddable or mapped superclass of an entity package. */
    static boolean isManagedEntity(JavaClass type) {
        return type.getPackageName().contains(".entity") && MANAGED.stream().anyMatch(type::isAnnotatedWith);
    }

    /** The web module's own classes, as against the ejb module's on the same test class path. */
    static boolean inWebModule(JavaClass type) {
        return type.getSource().map(source -> source.getUri().toString())
                .filter(uri -> uri.contains("/web/target/classes/") || uri.contains("letterflow-web"))
                .isPresent();
    }
}
