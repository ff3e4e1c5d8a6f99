package com.wqs.adapter.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.wqs.adapter.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .should().beAnnotatedWith(jakarta.inject.Inject.class)
            .orShould().beAnnotatedWith(com.google.inject.Inject.class)
            .because("dependencies come through constructors (docs/ARCHITECTURE.md)");
}
