package com.wqs.adapter.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The web adapter's boundaries, and the rule that only explicit DTOs cross the wire. */
@AnalyzeClasses(packages = "com.wqs.adapter.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {
    private static final String DTO_PACKAGE = "com.wqs.adapter.web.api.dto";

    @ArchTest
    static final ArchRule web_does_not_depend_on_persistence = noClasses()
            .that().resideInAPackage("com.wqs.adapter.web..")
            .should().dependOnClassesThat().resideInAPackage("com.wqs.adapter.persistence..")
            .because("adapters meet only through the core's ports; the CLI composes them");

    @ArchTest
    static final ArchRule web_does_not_depend_on_the_cli = noClasses()
            .that().resideInAPackage("com.wqs.adapter.web..")
            .should().dependOnClassesThat().resideInAPackage("..cli..")
            .because("the CLI is the composition root and depends on the web, not the other way round");

    @ArchTest
    static final ArchRule web_uses_the_use_cases_not_the_stores = noClasses()
            .that().resideInAPackage("com.wqs.adapter.web..")
            .should().dependOnClassesThat().resideInAnyPackage("com.wqs.application.inmemory..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("routes drive use cases; storage is behind them");

    @ArchTest
    static final ArchRule no_field_injection = noFields()
            .should().beAnnotatedWith("jakarta.inject.Inject")
            .orShould().beAnnotatedWith("javax.inject.Inject")
            .orShould().beAnnotatedWith("com.google.inject.Inject")
            .because("dependencies come through constructors");

    @ArchTest
    static final ArchRule dtos_do_not_know_javalin = noClasses()
            .that().resideInAPackage(DTO_PACKAGE)
            .should().dependOnClassesThat().resideInAPackage("io.javalin..")
            .because("DTOs describe the wire format only");

    /**
     * Response bodies are serialised reflectively by Jackson, so they must be made only of JDK value types
     * and other DTOs: a domain object on the wire (the incident's UUID serialisation failure) cannot happen.
     * Request DTOs may also use the domain's enums, which Jackson reads by constant name.
     */
    @Test
    void dtoRecordsAreMadeOfJdkValuesAndOtherDtosOnly() {
        JavaClasses dtos = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(DTO_PACKAGE);
        List<String> violations = new ArrayList<>();
        int records = 0;
        for (JavaClass dto : dtos) {
            Class<?> type = dto.reflect();
            if (!type.isRecord()) {
                continue;
            }
            records++;
            for (RecordComponent component : type.getRecordComponents()) {
                checkType(type, component.getName(), component.getGenericType(), violations);
            }
        }
        assertThat(records).isGreaterThan(40);
        assertThat(violations).isEmpty();
    }

    private static void checkType(Class<?> owner, String name, Type type, List<String> violations) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(owner, name, parameterized.getRawType(), violations);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(owner, name, argument, violations);
            }
            return;
        }
        if (!(type instanceof Class<?> c)) {
            return;
        }
        boolean allowed = c.isPrimitive() || c.getName().startsWith("java.")
                || c.getPackageName().equals(DTO_PACKAGE)
                || (c.isEnum() && owner.getSimpleName().endsWith("Request") && c.getName().startsWith("com.wqs.domain."));
        if (!allowed) {
            violations.add(owner.getSimpleName() + "." + name + ": " + c.getName());
        }
    }
}
