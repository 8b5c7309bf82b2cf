package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.mattran.fund.Channel;
import vn.mattran.fund.DonationDraft;
import vn.mattran.fund.Donor;
import vn.mattran.fund.DonorKind;
import vn.mattran.fund.Drive;
import vn.mattran.fund.Fund;
import vn.mattran.organization.Unit;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.format.Dates;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.tabular.TabularFile;
import vn.mattran.shared.tabular.TabularRow;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.fund.internal.DonationImport.Good;
import vn.mattran.fund.internal.DonationImport.Problem;
import vn.mattran.fund.internal.DonationImport.Upload;

/**
 * Checks the rows of a collection list the way {@link Donations#record} would, so that the preview
 * names every bad row with its column and reason before anything is stored.
 */
final class DonationImportCheck {

	private final Upload upload;
	private final Fund fund;
	private final Drive drive;
	private final LocalDate today;
	private final DonationImportUnits units;
	private final DonationImportDonors donors;
	private final List<String> headers;
	private final Map<String, Integer> firstRowOfDonor = new HashMap<>();

	DonationImportCheck(Upload upload, LocalDate today, DonationImportUnits units, DonationImportDonors donors) {
		this.upload = upload;
		this.fund = upload.fund();
		this.drive = upload.drive();
		this.today = today;
		this.units = units;
		this.donors = donors;
		this.headers = upload.headers();
	}

	/** The file's rows: the good ones as drafts, every problem of the others. */
	DonationImport.Preview check(TabularFile file) {
		List<Problem> problems = new ArrayList<>();
		for (DonationImportColumns column : DonationImportColumns.values()) {
			if (column.required() && !upload.mapping().containsKey(column)) {
				problems.add(new Problem(1, column.header(), "fund.import.error.columnMissing",
						new Object[] { column.header() }));
			}
		}
		if (!problems.isEmpty()) {
			return new DonationImport.Preview(upload, List.of(), problems, file.rows().size());
		}
		List<Good> good = new ArrayList<>();
		int badRows = 0;
		for (TabularRow row : file.rows()) {
			List<Problem> found = new ArrayList<>();
			Optional<Good> parsed = row(row, found);
			if (found.isEmpty() && parsed.isPresent()) {
				good.add(parsed.get());
			}
			else {
				badRows++;
				problems.addAll(found);
			}
		}
		return new DonationImport.Preview(upload, good, problems, badRows);
	}

	private Optional<Good> row(TabularRow row, List<Problem> problems) {
		Cells cells = new Cells(row, problems);
		DonorKind kind = kind(cells);
		String name = VietnameseText.cleanOrNull(cells.text(DonationImportColumns.NAME));
		if (name == null && kind != DonorKind.ANONYMOUS) {
			cells.problem(DonationImportColumns.NAME, "fund.import.error.name");
		}
		else if (name != null && name.length() > 300) {
			cells.problem(DonationImportColumns.NAME, "fund.error.donorNameLong", String.valueOf(name.length()));
		}
		Long amount = amount(cells);
		LocalDate on = date(cells);
		String inKind = VietnameseText.cleanOrNull(cells.text(DonationImportColumns.IN_KIND));
		Channel channel = channel(cells, inKind, on);
		Unit unit = unit(cells);
		if (!problems.isEmpty()) {
			return Optional.empty();
		}
		String phone = VietnameseText.cleanOrNull(cells.text(DonationImportColumns.PHONE));
		String key = kind == DonorKind.ANONYMOUS ? null : DonationImportDonors.key(name, phone);
		Donor known = key == null ? null : donors.exact(key);
		Integer sameAs = key == null || known != null ? null : firstRowOfDonor.putIfAbsent(key, row.number());
		List<Donor> similar = known != null || kind == DonorKind.ANONYMOUS ? List.of() : donors.similar(name, phone);
		DonationDraft draft = new DonationDraft(drive == null ? null : drive.id(), known == null ? null : known.id(), kind,
				name, VietnameseText.cleanOrNull(cells.text(DonationImportColumns.ADDRESS)), phone, amount, on, channel,
				unit.id(), inKind, VietnameseText.cleanOrNull(cells.text(DonationImportColumns.NOTE)), null,
				DonationImport.source(upload.id(), row.number()));
		return Optional.of(new Good(row.number(), draft, unit.name(), known, sameAs, similar));
	}

	/**
	 * The kind the row gives; a blank one is a person, or an agency when the list names its donors
	 * under "Đơn vị" or "Cơ quan" (an agency's list of its departments).
	 */
	private DonorKind kind(Cells cells) {
		String text = cells.text(DonationImportColumns.KIND);
		if (text.isEmpty()) {
			String nameHeader = VietnameseText.fold(cells.header(DonationImportColumns.NAME));
			return nameHeader.startsWith("don vi") || nameHeader.startsWith("ten don vi") || nameHeader.startsWith("co quan")
					? DonorKind.AGENCY : DonorKind.PERSON;
		}
		Optional<DonorKind> kind = DonationImportCells.kind(text);
		if (kind.isEmpty()) {
			cells.problem(DonationImportColumns.KIND, "fund.import.error.kind", text);
		}
		return kind.orElse(DonorKind.PERSON);
	}

	private Long amount(Cells cells) {
		String text = cells.text(DonationImportColumns.AMOUNT);
		if (text.isEmpty()) {
			cells.problem(DonationImportColumns.AMOUNT, "fund.import.error.amountMissing");
			return null;
		}
		Optional<Long> amount = DonationImportCells.amount(text);
		if (amount.isEmpty() || amount.get() <= 0) {
			cells.problem(DonationImportColumns.AMOUNT, "fund.import.error.amount", text);
			return null;
		}
		if (amount.get() > Donations.MAX_AMOUNT) {
			cells.problem(DonationImportColumns.AMOUNT, "fund.error.amountTooLarge", Formats.number(amount.get()));
			return null;
		}
		return amount.get();
	}

	private LocalDate date(Cells cells) {
		String text = cells.text(DonationImportColumns.DATE);
		LocalDate on = text.isEmpty() ? upload.receivedOn() : Dates.parse(text).orElse(null);
		if (on == null) {
			cells.problem(DonationImportColumns.DATE, text.isEmpty() ? "fund.import.error.dateMissing"
					: "fund.import.error.date", text);
			return null;
		}
		if (on.isAfter(today)) {
			cells.problem(DonationImportColumns.DATE, "fund.error.future", Formats.date(on));
		}
		else if (drive != null && !drive.covers(on)) {
			cells.problem(DonationImportColumns.DATE, "fund.error.outsideDrive", Formats.date(on), drive.title(),
					Formats.date(drive.startsOn()), Formats.date(drive.endsOn()));
		}
		else if (fund.closedThrough() != null && !on.isAfter(fund.closedThrough())) {
			cells.problem(DonationImportColumns.DATE, "fund.error.closedPeriod", Formats.date(on),
					Formats.date(fund.closedThrough()));
		}
		return on;
	}

	/** The row's channel, or goods when it names goods, or the one chosen for the whole file. */
	private Channel channel(Cells cells, String inKind, LocalDate on) {
		String text = cells.text(DonationImportColumns.CHANNEL);
		Channel channel = text.isEmpty() ? (inKind != null ? Channel.IN_KIND : upload.channel())
				: DonationImportCells.channel(text).orElse(null);
		if (channel == null) {
			cells.problem(DonationImportColumns.CHANNEL, "fund.import.error.channel", text);
			return null;
		}
		if (channel == Channel.IN_KIND && inKind == null) {
			cells.problem(DonationImportColumns.IN_KIND, "fund.error.inKind");
		}
		if (drive != null && !drive.channels().contains(channel)) {
			cells.problem(DonationImportColumns.CHANNEL, "fund.error.channelNotAccepted",
					UserFacingException.label("fund.channel." + channel.name()), drive.title());
		}
		return channel;
	}

	/** The collecting unit the row names among those below the fund; the fund's own unit when blank. */
	private Unit unit(Cells cells) {
		String text = cells.text(DonationImportColumns.UNIT);
		if (text.isEmpty()) {
			return upload.fundUnit();
		}
		DonationImportUnits.Match match = units.match(text);
		if (match.unit() == null) {
			cells.problem(DonationImportColumns.UNIT, match.count() > 1 ? "fund.import.error.unitAmbiguous"
					: "fund.import.error.unit", text, fund.unitName());
			return upload.fundUnit();
		}
		return match.unit();
	}

	/** A row's cells by column, and the problems found in them under the file's own headers. */
	private final class Cells {

		private final TabularRow row;
		private final List<Problem> problems;

		Cells(TabularRow row, List<Problem> problems) {
			this.row = row;
			this.problems = problems;
		}

		String text(DonationImportColumns column) {
			Integer index = upload.mapping().get(column);
			return index == null ? "" : row.cell(index);
		}

		String header(DonationImportColumns column) {
			Integer index = upload.mapping().get(column);
			String header = index == null || index >= headers.size() ? "" : headers.get(index);
			return header.isEmpty() ? column.header() : header;
		}

		void problem(DonationImportColumns column, String key, Object... args) {
			problems.add(new Problem(row.number(), header(column), key, args));
		}
	}
}
