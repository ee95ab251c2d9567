package org.letterflow;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The component rules over the ejb module's classes (see {@link ComponentRules}). */
@AnalyzeClasses(packages = "org.letterflow", importOptions = ComponentRules.ProductionCode.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests components = ArchTests.in(ComponentRules.class);
}
