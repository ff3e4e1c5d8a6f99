package com.wqs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core's boundaries: JDK only, a pure domain, ports that know nothing of their implementations. */
@AnalyzeClasses(packages = "com.wqs", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule core_depends_only_on_the_jdk_and_itself = classes()
            .that().resideInAPackage("com.wqs..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "com.wqs..")
            .because("the core is a plain Java library: the JDK (with its crypto for the in-memory password"
                    + " hasher) and no third-party runtime dependency at all");

    @ArchTest
    static final ArchRule domain_does_not_depend_on_application = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAPackage("..application..")
            .because("the domain model knows nothing of use cases, ports or stores");

    @ArchTest
    static final ArchRule ports_do_not_depend_on_services = noClasses()
            .that().resideInAnyPackage("..port.in..", "..port.out..")
            .should().dependOnClassesThat().resideInAPackage("..service..")
            .because("ports are the contract; services are one implementation of it");

    @ArchTest
    static final ArchRule no_field_injection = noFields()
            .should().beAnnotatedWith("jakarta.inject.Inject")
            .orShould().beAnnotatedWith("javax.inject.Inject")
            .orShould().beAnnotatedWith("com.google.inject.Inject")
            .because("dependencies come through constructors, so every object is complete once built");

    @ArchTest
    static final ArchRule services_do_not_depend_on_the_in_memory_store = noClasses()
            .that().resideInAPackage("..application.service..")
            .should().dependOnClassesThat().resideInAPackage("..inmemory..")
            .because("services work over the ports with any store");
}
