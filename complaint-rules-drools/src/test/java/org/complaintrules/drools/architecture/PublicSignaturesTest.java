package org.complaintrules.drools.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * What a host can reach is the API: no public or protected member of a public class outside the
 * {@code internal} packages names an {@code internal} type or a Drools/KIE type, in its return
 * type, parameters, thrown exceptions or field type. Checked over the classes of the api, wording
 * and drools modules.
 */
class PublicSignaturesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.complaintrules.api", "org.complaintrules.wording", "org.complaintrules.drools");

    /** Types a host must never see. */
    private static final DescribedPredicate<JavaClass> HIDDEN =
            DescribedPredicate.describe("an internal, Drools or KIE type", c -> {
                JavaClass base = c.isArray() ? c.getBaseComponentType() : c;
                String name = base.getName();
                return name.contains(".internal.") || name.startsWith("org.drools.") || name.startsWith("org.kie.");
            });

    /** Public and protected members of public classes outside the internal packages. */
    private static final DescribedPredicate<JavaCodeUnit> API_CODE =
            DescribedPredicate.describe("API code", u -> isApi(u.getOwner()) && isVisible(u.getModifiers()));

    private static boolean isApi(JavaClass owner) {
        return owner.getModifiers().contains(JavaModifier.PUBLIC)
                && !owner.getPackageName().contains(".internal")
                && (owner.getEnclosingClass().isEmpty()
                        || isApi(owner.getEnclosingClass().get()));
    }

    private static boolean isVisible(java.util.Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static final ArchCondition<JavaCodeUnit> NAME_NO_HIDDEN_TYPE =
            new ArchCondition<>("name no internal, Drools or KIE type") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    unit.getReturnType().getAllInvolvedRawTypes().stream()
                            .filter(HIDDEN)
                            .forEach(t -> events.add(SimpleConditionEvent.violated(
                                    unit, unit.getFullName() + " returns " + t.getName())));
                    unit.getParameterTypes().stream()
                            .flatMap(p -> p.getAllInvolvedRawTypes().stream())
                            .filter(HIDDEN)
                            .forEach(t -> events.add(
                                    SimpleConditionEvent.violated(unit, unit.getFullName() + " takes " + t.getName())));
                    unit.getExceptionTypes().stream()
                            .filter(HIDDEN)
                            .forEach(t -> events.add(SimpleConditionEvent.violated(
                                    unit, unit.getFullName() + " throws " + t.getName())));
                }
            };

    @Test
    void noPublicMethodOrConstructorNamesAnInternalOrDroolsType() {
        EvaluationResult result = codeUnits()
                .that(API_CODE)
                .should(NAME_NO_HIDDEN_TYPE)
                .allowEmptyShould(false)
                .evaluate(CLASSES);

        assertThat(result.getFailureReport().getDetails()).isEmpty();
    }

    @Test
    void noPublicFieldHasAnInternalOrDroolsType() {
        EvaluationResult result = fields().that(DescribedPredicate.describe(
                        "API fields", f -> isApi(f.getOwner()) && isVisible(f.getModifiers())))
                .should()
                .notHaveRawType(HIDDEN)
                .allowEmptyShould(false)
                .evaluate(CLASSES);

        assertThat(result.getFailureReport().getDetails()).isEmpty();
    }

    @Test
    void theCheckSeesAnInternalTypeWhereOneIsNamed() {
        // the rule applied to the internal package itself must find its public KieBase accessor
        EvaluationResult result = codeUnits()
                .that(DescribedPredicate.describe(
                        "public members of internal classes",
                        u -> u.getOwner().getPackageName().endsWith(".internal")
                                && u.getModifiers().contains(JavaModifier.PUBLIC)))
                .should(NAME_NO_HIDDEN_TYPE)
                .evaluate(CLASSES);

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(d -> assertThat(d).contains("CompiledPolicy.kieBase()", "org.kie.api.KieBase"));
    }
}
