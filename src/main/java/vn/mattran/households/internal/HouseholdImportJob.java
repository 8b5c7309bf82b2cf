package vn.mattran.households.internal;

import org.springframework.stereotype.Component;
import vn.mattran.shared.jobs.Job;
import vn.mattran.shared.jobs.JobHandler;
import vn.mattran.shared.jobs.JobProgress;

/** Stores an agreed household list in the background (see {@link HouseholdImport#store}). */
@Component
class HouseholdImportJob implements JobHandler {

	private final HouseholdImport imports;

	HouseholdImportJob(HouseholdImport imports) {
		this.imports = imports;
	}

	@Override
	public String kind() {
		return HouseholdImport.KIND;
	}

	@Override
	public String run(Job job, JobProgress progress) {
		return imports.store(job, progress);
	}
}
