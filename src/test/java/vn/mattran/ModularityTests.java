package vn.mattran;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules of DESIGN.md exist and keep their borders. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MattranApplication.class);

	@Test
	void modulesKeepTheirBorders() {
		modules.verify();
	}

	@Test
	void everyModuleOfTheDesignExists() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("organization", "planning", "documents", "fund", "households", "transparency", "reporting",
					"shared");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
