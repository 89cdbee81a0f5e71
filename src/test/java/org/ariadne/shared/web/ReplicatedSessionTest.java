package org.ariadne.shared.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What a web session holds must survive its replication to another cluster node (the cluster build,
 * ariadne-cluster.war, is distributable): the {@code @ViewScoped} and {@code @SessionScoped} beans are Serializable,
 * and their injected services are not transient. The services are session beans, whose references WildFly
 * serialises and restores; a transient one would be null on the node that takes the session over (a form opened on
 * a stopped node would fail on save).
 */
class ReplicatedSessionTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ariadne");
    }

    private static List<JavaClass> sessionHeld() {
        return classes.stream()
                .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class))
                .toList();
    }

    @Test
    void thereAreSessionHeldBeansToCheck() {
        assertFalse(sessionHeld().isEmpty(), "the scan finds the @ViewScoped beans");
    }

    @Test
    void sessionHeldBeansAreSerializable() {
        List<String> not = sessionHeld().stream().filter(c -> !c.isAssignableTo(Serializable.class))
                .map(JavaClass::getName).toList();
        assertEquals(List.of(), not, "not Serializable");
    }

    @Test
    void theirInjectedServicesAreNotTransient() {
        List<String> transientInjections = sessionHeld().stream()
                .flatMap(c -> c.getAllFields().stream())
                .filter(f -> f.isAnnotatedWith(Inject.class) && f.getModifiers().contains(JavaModifier.TRANSIENT))
                .map(JavaField::getFullName).toList();
        assertEquals(List.of(), transientInjections, "null after the session moves to another node");
    }
}
