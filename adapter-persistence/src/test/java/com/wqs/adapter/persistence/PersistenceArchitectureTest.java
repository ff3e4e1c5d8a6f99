package com.wqs.adapter.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.wqs.adapter.persistence", importOptions = ImportOption.DoNotIncludeTests.class)
class PersistenceArchitectureTest {
    @ArchTest
    static final ArchRule doesNotUseTheWebAdapter = noClasses().that().resideInAPackage("com.wqs.adapter.persistence..")
            .should().dependOnClassesThat().resideInAPackage("com.wqs.adapter.web..");

    @ArchTest
    static final ArchRule doesNotUseTheCommandLine = noClasses().that().resideInAPackage("com.wqs.adapter.persistence..")
            .should().dependOnClassesThat().resideInAPackage("com.wqs.adapter.cli..");

    @ArchTest
    static final ArchRule usesNoFieldInjection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule repositoriesStayBehindTheirPorts = noClasses().that().haveSimpleNameStartingWith("Jdbi")
            .and().haveSimpleNameNotEndingWith("Store")
            .should().bePublic();
}
