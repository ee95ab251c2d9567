package org.letterflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which business component may use which, as rules a build checks (issue 15). The ejb module runs
 * them over its own classes; the web module over web and ejb together, since a component's
 * package spans both modules and a cycle may run through either.
 */
public final class ComponentRules {

    private ComponentRules() {
    }

    /**
     * The components and those each may use, besides itself. The table is the domain map read
     * bottom-up, and it has no loop, so no cycle can come back in:
     * platform and document are the shared ground; organisation (who works where) stands on
     * them; registration (the letter and its journal) is what every workflow acts on;
     * extraction reads a registered letter's files; approval keeps the printed approval sheet
     * extraction found, forwarding carries the letter's extracted due dates to its recipients,
     * and tasks propose a resolution's due date from them — so those three stand on extraction
     * too. Tasks' hourly reminders remind approvers of late steps as well, asking approval which
     * (approval uses nothing of tasks). The demo seeds all of them, and nothing uses the demo.
     */
    public static final Map<String, Set<String>> MAY_USE = table(
            "platform", Set.of(),
            "document", Set.of("platform"),
            "organisation", Set.of("platform", "document"),
            "registration", Set.of("platform", "document", "organisation"),
            "extraction", Set.of("platform", "document", "organisation", "registration"),
            "approval", Set.of("platform", "document", "organisation", "registration", "extraction"),
            "forwarding", Set.of("platform", "document", "organisation", "registration", "extraction"),
            "tasks", Set.of("platform", "document", "organisation", "registration", "extraction", "approval"),
            "demo", Set.of("platform", "document", "organisation", "registration", "extraction", "approval",
                    "forwarding", "tasks"));

    /**
     * Letterflow's own production classes: test classes and the ejb module's test jar are no part
     * of the design, and third-party jars are not read at all (it keeps the rules a unit test).
     */
    public static final class ProductionCode implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return new DoNotIncludeTests().includes(location) && !location.contains("-tests.jar")
                    && (!location.isJar() || location.contains("letterflow-"));
        }
    }

    @ArchTest
    static final ArchRule noCycleBetweenComponents = slices().matching("org.letterflow.(*)..")
            .as("components").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyClassInAComponent = classes().that().resideInAPackage("org.letterflow..")
            .should(beInAComponent());

    @ArchTest
    static final ArchRule componentsUseOnlyWhatTheTableAllows = classes().that().resideInAPackage("org.letterflow..")
            .should(useOnlyAllowedComponents());

    @ArchTest
    static final ArchRule platformUsesNoComponent = noClasses().that().resideInAPackage("org.letterflow.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.letterflow.organisation..", "org.letterflow.registration..", "org.letterflow.extraction..",
                    "org.letterflow.approval..", "org.letterflow.forwarding..", "org.letterflow.tasks..",
                    "org.letterflow.demo..");

    /**
     * Boundary → control → entity: a control does not call back into a facade, an entity knows
     * neither. The UI (web module) stands above the boundary. Same-layer use across components
     * (a boundary calling another component's boundary) is the component table's business.
     */
    @ArchTest
    static final ArchRule boundaryControlEntity = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("UI").definedBy("org.letterflow.*.ui..")
            .layer("Boundary").definedBy("org.letterflow.*.boundary..")
            .layer("Control").definedBy("org.letterflow.*.control..")
            .layer("Entity").definedBy("org.letterflow.*.entity..")
            .whereLayer("UI").mayNotBeAccessedByAnyLayer()
            .whereLayer("Boundary").mayOnlyBeAccessedByLayers("UI")
            .whereLayer("Control").mayOnlyBeAccessedByLayers("UI", "Boundary")
            .whereLayer("Entity").mayOnlyBeAccessedByLayers("UI", "Boundary", "Control");

    static String componentOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("org.letterflow.")) {
            return null;
        }
        String rest = name.substring("org.letterflow.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> beInAComponent() {
        return new ArchCondition<>("belong to a component of the table") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String component = componentOf(type);
                if (component == null || !MAY_USE.containsKey(component)) {
                    events.add(SimpleConditionEvent.violated(type, type.getName()
                            + " is in no component of ComponentRules.MAY_USE; add its component with what it may use"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useOnlyAllowedComponents() {
        return new ArchCondition<>("use only the components ComponentRules.MAY_USE allows") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String from = componentOf(type);
                Set<String> allowed = MAY_USE.get(from);
                if (allowed == null) {
                    return;
                }
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    String to = componentOf(dependency.getTargetClass());
                    if (to != null && !to.equals(from) && !allowed.contains(to)) {
                        events.add(SimpleConditionEvent.violated(dependency,
                                from + " may not use " + to + ": " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Map<String, Set<String>> table(Object... pairs) {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<String> uses = (Set<String>) pairs[i + 1];
            table.put((String) pairs[i], uses);
        }
        return table;
    }
}
