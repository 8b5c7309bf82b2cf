package vn.mattran.organization.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.mattran.organization.internal.accounts.FirstAdmin;
import vn.mattran.organization.internal.demo.DemoOrganization;
import vn.mattran.organization.internal.units.OfficialUnitsLoader;
import vn.mattran.shared.security.SystemUser;

/** On every start, once each: the official lists, the demo data (unless MATTRAN_DEMO=false), the first admin. */
@Component
@Order(10)
class StartupTasks implements ApplicationRunner {

	private final OfficialUnitsLoader officialUnits;
	private final DemoOrganization demo;
	private final FirstAdmin firstAdmin;
	private final SetupSettings settings;

	StartupTasks(OfficialUnitsLoader officialUnits, DemoOrganization demo, FirstAdmin firstAdmin,
			SetupSettings settings) {
		this.officialUnits = officialUnits;
		this.demo = demo;
		this.firstAdmin = firstAdmin;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemUser.run(() -> {
			officialUnits.loadIfMissing();
			if (settings.demo()) {
				demo.loadIfMissing(settings.demoPassword());
			}
			firstAdmin.createIfMissing(settings.adminPassword());
		});
	}
}
