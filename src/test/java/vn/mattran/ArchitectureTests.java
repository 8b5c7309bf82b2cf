package vn.mattran;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * House habits: controllers live in web packages, the domain knows nothing of the web (security
 * plumbing excepted: it is made of servlet filters), repositories stay private.
 */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.mattran");

	@Test
	void controllersLiveInWebPackages() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().resideInAPackage("..web..")
			.check(classes);
	}

	@Test
	void controllersAreNotPublic() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().notBePublic()
			.check(classes);
	}

	@Test
	void repositoriesAreNotPublic() {
		classes().that().areAnnotatedWith(Repository.class).should().notBePublic().check(classes);
	}

	@Test
	void domainCodeKnowsNoWebTypes() {
		noClasses().that().resideInAPackage("..internal..")
			.and().resideOutsideOfPackage("..internal.security..")
			.should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..")
			.check(classes);
	}
}
