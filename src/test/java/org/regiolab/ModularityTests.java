package org.regiolab;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.regiolab.fixture.leaky.owner.Internal;
import org.regiolab.fixture.leaky.owner.Offered;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The modules keep their boundaries; their documentation is generated from the code. Every module
 * names the modules it may use and of each the named interface {@code api}, so that a module using
 * another's internals (a type not declared as its API) fails {@link #modulesRespectTheirBoundaries}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RegioLabApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyModuleDeclaresWhatItMayUse() {
		modules.forEach(module -> {
			ApplicationModule declared = declaration(module.getBasePackage().getName());
			assertThat(declared).as("@ApplicationModule in %s's package-info", module.getDisplayName()).isNotNull();
			assertThat(declared.allowedDependencies()).as("allowed dependencies of %s", module.getDisplayName())
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
	}

	@Test
	void aModuleThatUsesAnotherModulesInternalsFailsTheCheck() {
		// the fixture is test code, which the application's own check leaves out
		ApplicationModules leaky = ApplicationModules.of("org.regiolab.fixture.leaky", new ImportOption.OnlyIncludeTests());

		assertThatThrownBy(leaky::verify).hasMessageContaining(Internal.class.getName())
			.hasMessageNotContaining(Offered.class.getName());
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

	private static ApplicationModule declaration(String basePackage) {
		try {
			return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}
}
