package vn.mattran.fund.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.Drive;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.tabular.TabularFile;
import vn.mattran.shared.tabular.TabularReader;
import vn.mattran.shared.tabular.TabularRow;
import vn.mattran.shared.text.VietnameseText;

/**
 * One day's wage (một ngày lương) for an agency's staff list: each monthly salary divided by the
 * drive's divisor (22 working days unless the drive says otherwise), rounded half up to the đồng,
 * and the sum the agency transfers — the sum of the rounded figures, since that is what each person
 * gives. Nothing is stored: salaries are the agency's business, the fund records the transfer.
 */
@Service
public class DayWage {

	private static final List<String> NAME = List.of("ho va ten", "ho ten", "ten", "ho va ten can bo",
			"ho ten can bo", "can bo", "nguoi dong gop");
	private static final List<String> SALARY = List.of("luong thang", "muc luong", "luong", "tien luong", "tong luong",
			"luong thang dong", "luong thang d", "luong hien huong", "thu nhap", "thu nhap thang");

	private final Drives drives;

	DayWage(Drives drives) {
		this.drives = drives;
	}

	/** A person of the list with their day's wage. */
	public record Person(int row, String name, long salary, long dayWage) {
	}

	/** A row that could not be used: its number in the file, the column, and the reason. */
	public record Problem(int row, String column, String messageKey, Object[] args) {
	}

	/** A staff list read from a file, or given back by the page (row number, name, salary as typed). */
	public record Entry(int row, String name, String salary) {
	}

	/** The list worked out: people, problems, and the total of the day's wages of the good rows. */
	public record Sheet(Drive drive, String fileName, List<Person> people, List<Problem> problems, long total) {

		public int divisor() {
			return drive.dayWageDivisor();
		}

		public boolean clean() {
			return problems.isEmpty();
		}
	}

	/** One day's wage of a monthly salary: salary ÷ divisor, rounded half up to the đồng. */
	public static long of(long salary, int divisor) {
		return BigDecimal.valueOf(salary).divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP).longValueExact();
	}

	@Transactional(readOnly = true)
	public Drive drive(long driveId) {
		CurrentUser.requireRole(Role.OFFICER);
		return drives.get(driveId);
	}

	/** Reads a staff list (XLSX or CSV) whose columns are found by their usual headers. */
	@Transactional(readOnly = true)
	public Sheet compute(long driveId, String fileName, byte[] content) {
		Drive drive = drive(driveId);
		TabularFile file = TabularReader.read(fileName, content);
		Optional<Integer> name = column(file.header(), NAME);
		Optional<Integer> salary = column(file.header(), SALARY);
		List<Problem> missing = new ArrayList<>();
		name.ifPresentOrElse(i -> { }, () -> missing.add(new Problem(1, "Họ và tên", "fund.wage.error.nameColumn",
				new Object[] { String.join(", ", file.header()) })));
		salary.ifPresentOrElse(i -> { }, () -> missing.add(new Problem(1, "Lương tháng", "fund.wage.error.salaryColumn",
				new Object[] { String.join(", ", file.header()) })));
		if (!missing.isEmpty()) {
			return new Sheet(drive, fileName, List.of(), missing, 0);
		}
		List<Entry> entries = new ArrayList<>();
		for (TabularRow row : file.rows()) {
			entries.add(new Entry(row.number(), row.cell(name.get()), row.cell(salary.get())));
		}
		return sheet(drive, fileName, entries, file.header().get(name.get()), file.header().get(salary.get()));
	}

	/** Works out a list the page gives back (to download what it showed without keeping anything). */
	@Transactional(readOnly = true)
	public Sheet compute(long driveId, String fileName, List<Entry> entries) {
		return sheet(drive(driveId), fileName, entries, "Họ và tên", "Lương tháng");
	}

	private static Sheet sheet(Drive drive, String fileName, List<Entry> entries, String nameHeader,
			String salaryHeader) {
		List<Person> people = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (Entry entry : entries) {
			String name = VietnameseText.cleanOrNull(entry.name());
			Optional<Long> salary = DonationImportCells.amount(entry.salary());
			boolean good = true;
			if (name == null) {
				problems.add(new Problem(entry.row(), nameHeader, "fund.wage.error.name", new Object[0]));
				good = false;
			}
			if (entry.salary() == null || entry.salary().isBlank()) {
				problems.add(new Problem(entry.row(), salaryHeader, "fund.wage.error.salaryMissing", new Object[0]));
				good = false;
			}
			else if (salary.isEmpty() || salary.get() <= 0 || salary.get() > Donations.MAX_AMOUNT) {
				problems.add(new Problem(entry.row(), salaryHeader, "fund.wage.error.salary",
						new Object[] { entry.salary() }));
				good = false;
			}
			if (good) {
				people.add(new Person(entry.row(), name, salary.get(), of(salary.get(), drive.dayWageDivisor())));
			}
		}
		long total = people.stream().mapToLong(Person::dayWage).sum();
		return new Sheet(drive, fileName, people, problems, total);
	}

	private static Optional<Integer> column(List<String> headers, List<String> names) {
		for (String wanted : names) {
			for (int i = 0; i < headers.size(); i++) {
				if (VietnameseText.fold(headers.get(i)).equals(wanted)) {
					return Optional.of(i);
				}
			}
		}
		return Optional.empty();
	}
}
