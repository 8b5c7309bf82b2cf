package vn.mattran.fund.internal;

import org.springframework.stereotype.Component;
import vn.mattran.shared.jobs.Job;
import vn.mattran.shared.jobs.JobHandler;
import vn.mattran.shared.jobs.JobProgress;

/** Records an agreed collection list in the background (see {@link DonationImport#store}). */
@Component
class DonationImportJob implements JobHandler {

	private final DonationImport imports;

	DonationImportJob(DonationImport imports) {
		this.imports = imports;
	}

	@Override
	public String kind() {
		return DonationImport.KIND;
	}

	@Override
	public String run(Job job, JobProgress progress) {
		return imports.store(job, progress);
	}
}
