package vn.mattran.fund;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.fund.internal.DonationImport;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.jobs.Job;
import vn.mattran.shared.jobs.Jobs;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;
import vn.mattran.shared.web.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A ward's collection list entered in bulk: a file with bad rows is listed row by row and column by
 * column and stores nothing, unless only the good rows are asked for; the same upload twice adds
 * nothing; a big list runs as a job whose progress shows while nothing is stored until it is done.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DonationImportTests {

	private static final String HEADER = "STT;Họ và tên;Loại;Địa chỉ;Số điện thoại;Số tiền;Ngày;Hình thức;Hiện vật;Ghi chú;Thôn/Tổ\n";

	@Autowired
	DonationImport imports;
	@Autowired
	Funds funds;
	@Autowired
	Drives drives;
	@Autowired
	Donations donations;
	@Autowired
	Jobs jobs;
	@Autowired
	UserAccounts accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Messages messages;
	@Autowired
	MockMvc mvc;

	MattranUser officer;
	long ward;

	@BeforeAll
	void users() {
		ward = jdbc.sql("select id from org_unit where code = '00256' and valid_to = date '2025-06-30'").query(Long.class)
			.single();
		SystemUser.run(() -> accounts.createInitial("quy.nhap", IntegrationTest.DEMO_PASSWORD, Role.OFFICER, ward, null,
				false));
		officer = accounts.principal("quy.nhap").orElseThrow();
	}

	/** A fund of the ward of its own, so that its receipts start at 1, with seed 003's peak month. */
	private long[] fundAndDrive(String name) {
		long fund = SystemUser.call(() -> funds.create(ward, name, FundKind.FOR_THE_POOR, null, null).id());
		long drive = SystemUser.call(() -> drives.open(fund, new Drives.DriveDraft("Tháng cao điểm 2024", null,
				LocalDate.of(2024, 10, 17), LocalDate.of(2024, 11, 18), null, Set.of(Channel.values()), null, null, null))
			.id());
		return new long[] { fund, drive };
	}

	private static final String MIXED = HEADER
			+ "1;Nguyễn Văn An;Cá nhân;12 Lê Đại Hành;0912 345 678;50.000.000;20/10/2024;Chuyển khoản;;;Tổ 1\n"
			+ "2;Công ty TNHH Minh Phát;Doanh nghiệp;;;50,000,000;21/10/2024;tiền mặt;;;TDP số 2\n"
			+ "3;Lê Thị Bình;;;;12,5;22/10/2024;;;;Tổ 3\n"
			+ "4;Phạm Văn Cường;;;;100000;01/01/2099;;;;Tổ 3\n"
			+ "5;Hoàng Thị Dung;;;;200.000;01/12/2024;;;;Tổ 3\n"
			+ "6;Vũ Văn Em;;;;300.000;32/10/2024;;;;Tổ 3\n"
			+ "7;Đặng Thị Gấm;;;;400.000;23/10/2024;;;;Tổ 99\n"
			+ "8;;Cá nhân;;;500.000;23/10/2024;;;;Tổ 4\n"
			+ "9;Siêu thị Hòa Bình;Doanh nghiệp;;;5.000.000;25/10/2024;Hiện vật;50 thùng mì tôm;;Tổ dân phố số 4\n";

	@Test
	void aFileWithBadRowsStoresNothingAndNamesEachBadRowAndColumn() throws Exception {
		long[] fd = fundAndDrive("Quỹ thử nhập có lỗi");
		long upload = as(officer, () -> imports.upload(fd[0], fd[1], Channel.CASH, null, "thu-to.csv", utf8(MIXED))).id();
		DonationImport.Preview preview = as(officer, () -> imports.preview(fd[0], upload));
		assertThat(preview.problems()).extracting(DonationImport.Problem::row, DonationImport.Problem::column,
				DonationImport.Problem::messageKey)
			.containsExactly(tuple(4, "Số tiền", "fund.import.error.amount"), tuple(5, "Ngày", "fund.error.future"),
					tuple(6, "Ngày", "fund.error.outsideDrive"), tuple(7, "Ngày", "fund.import.error.date"),
					tuple(8, "Thôn/Tổ", "fund.import.error.unit"), tuple(9, "Họ và tên", "fund.import.error.name"));
		assertThat(preview.good()).extracting(DonationImport.Good::row, DonationImport.Good::unitName)
			.containsExactly(tuple(2, "Tổ dân phố số 1"), tuple(3, "Tổ dân phố số 2"), tuple(10, "Tổ dân phố số 4"));
		DonationImport.Problem amount = preview.problems().get(0);
		assertThat(messages.vi(amount.messageKey(), amount.args())).contains("“12,5”", "số đồng nguyên");
		assertThat(messages.en(amount.messageKey(), amount.args())).contains("“12,5”", "whole number of đồng");

		assertThatThrownBy(() -> as(officer, () -> imports.run(fd[0], upload, false)))
			.isInstanceOfSatisfying(UserFacingException.class,
					e -> assertThat(e.messageKey()).isEqualTo("import.error.hasProblems"));
		assertThat(count(fd[0])).as("nothing stored from a file with errors").isZero();
		assertThat(as(officer, () -> funds.get(fd[0])).balance()).isZero();

		mvc.perform(get("/funds/" + fd[0] + "/import/" + upload).with(authentication(SeedFixture.authentication(officer))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("“12,5”")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Chỉ nhập 3 dòng đúng")));
	}

	@Test
	void onlyTheGoodRowsAreStoredWhenAskedForWithGaplessReceiptNumbers() {
		long[] fd = fundAndDrive("Quỹ thử nhập dòng đúng");
		long upload = as(officer, () -> imports.upload(fd[0], fd[1], Channel.CASH, null, "thu-to.csv", utf8(MIXED))).id();
		Job job = finished(as(officer, () -> imports.run(fd[0], upload, true)).id());
		assertThat(job.status()).isEqualTo(Job.Status.DONE);
		assertThat(job.resultLink()).isEqualTo("/funds/" + fd[0] + "/import/" + upload);
		assertThat(jdbc.sql("""
				select receipt_number, amount, channel, source from fund_donation where fund_id = ? order by receipt_serial
				""").params(fd[0]).query((rs, n) -> tuple(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list())
			.containsExactly(tuple("000001/2024", 50_000_000L, "BANK", "import:" + upload + ":row:2"),
					tuple("000002/2024", 50_000_000L, "CASH", "import:" + upload + ":row:3"),
					tuple("000003/2024", 5_000_000L, "IN_KIND", "import:" + upload + ":row:10"));
		Fund fund = as(officer, () -> funds.get(fd[0]));
		assertThat(fund.bank()).isEqualTo(50_000_000L);
		assertThat(fund.cash()).isEqualTo(50_000_000L);
		assertThat(fund.goods()).isEqualTo(5_000_000L);
		assertThat(as(officer, () -> funds.verify(fd[0])).ok()).isTrue();
		DonationImport.Stored stored = as(officer, () -> imports.stored(fd[0], upload));
		assertThat(stored).isEqualTo(new DonationImport.Stored(3, 105_000_000L, "000001/2024", "000003/2024"));
		assertThat(page("/funds/" + fd[0] + "/import/" + upload))
			.contains("Đã nhập 3 khoản ủng hộ, tổng 105.000.000 đ, biên lai từ số 000001/2024 đến số 000003/2024");
	}

	/** The page as the officer sees it (through htmx too: the same page, of which the progress block is swapped). */
	private String page(String uri) {
		try {
			return mvc.perform(get(uri).header("HX-Request", "true")
				.with(authentication(SeedFixture.authentication(officer))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void theSameUploadRunTwiceAddsNothing() {
		long[] fd = fundAndDrive("Quỹ thử nhập hai lần");
		String clean = HEADER + "1;Trương Văn Hai Lần;;;;1.000.000;20/10/2024;;;;Tổ 1\n"
				+ "2;Trương Thị Hai Lần;;;;2.000.000;20/10/2024;;;;Tổ 2\n";
		long upload = as(officer, () -> imports.upload(fd[0], fd[1], Channel.CASH, null, "hai-lan.csv", utf8(clean))).id();
		assertThat(finished(as(officer, () -> imports.run(fd[0], upload, false)).id()).status()).isEqualTo(Job.Status.DONE);
		assertThat(count(fd[0])).isEqualTo(2);
		assertThatThrownBy(() -> as(officer, () -> imports.run(fd[0], upload, false))).as("a second click")
			.isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(409));

		// A run whose commit got through but whose job was never marked done, taken up again after a restart.
		jdbc.sql("update fund_import set finished_at = null, content = ? where id = ?").params(utf8(clean), upload).update();
		long again = crashedJob(upload, 1);
		Job resumed = finished(again);
		assertThat(resumed.status()).isEqualTo(Job.Status.DONE);
		assertThat(count(fd[0])).as("each row's source is recorded once").isEqualTo(2);
		assertThat(jdbc.sql("select imported from fund_import where id = ?").params(upload).query(Integer.class).single())
			.isZero();
		assertThat(as(officer, () -> funds.get(fd[0])).cash()).isEqualTo(3_000_000L);
	}

	@Test
	void aJobThatDiedMidwayStartsAgainFromTheFirstRowSinceNothingOfItWasKept() {
		long[] fd = fundAndDrive("Quỹ thử nhập sau sự cố");
		String clean = HEADER + "1;Ông Sự Cố Một;;;;1.000.000;20/10/2024;;;;Tổ 1\n"
				+ "2;Bà Sự Cố Hai;;;;2.000.000;20/10/2024;;;;Tổ 2\n" + "3;Ông Sự Cố Ba;;;;3.000.000;20/10/2024;;;;Tổ 3\n";
		long upload = as(officer, () -> imports.upload(fd[0], fd[1], Channel.CASH, null, "su-co.csv", utf8(clean))).id();
		jdbc.sql("update fund_import set good_rows = '{2,3,4}' where id = ?").params(upload).update();
		Job resumed = finished(crashedJob(upload, 2));
		assertThat(resumed.status()).isEqualTo(Job.Status.DONE);
		assertThat(resumed.done()).isEqualTo(3);
		assertThat(count(fd[0])).isEqualTo(3);
		assertThat(jdbc.sql("select max(receipt_serial) from fund_donation where fund_id = ?").params(fd[0])
			.query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void aFiveThousandRowListRunsAsAJobToCompletionShowingProgressAndStoringNothingUntilDone() {
		long[] fd = fundAndDrive("Quỹ thử nhập lớn");
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 1; i <= 5000; i++) {
			csv.append(i).append(";Người Ủng Hộ Số ").append(i).append(";;;;").append(10_000 + i).append(";")
				.append(17 + i % 15).append("/10/2024;;;;Tổ ").append(1 + i % 9).append('\n');
		}
		long upload = as(officer, () -> imports.upload(fd[0], fd[1], Channel.BANK, null, "lon.csv", utf8(csv.toString())))
			.id();
		DonationImport.Preview preview = as(officer, () -> imports.preview(fd[0], upload));
		assertThat(preview.clean()).isTrue();
		assertThat(preview.good()).hasSize(5000);
		long jobId = as(officer, () -> imports.run(fd[0], upload, false)).id();
		List<Integer> seen = new ArrayList<>();
		boolean nothingStoredMidway = true;
		long until = System.currentTimeMillis() + 300_000;
		Job job = as(officer, () -> jobs.get(jobId));
		while (!job.finished() && System.currentTimeMillis() < until) {
			if (job.status() == Job.Status.RUNNING && job.done() > 0 && job.done() < job.total() / 2) {
				seen.add(job.done());
				nothingStoredMidway &= count(fd[0]) == 0;
				if (seen.size() == 1) {
					assertThat(page("/funds/" + fd[0] + "/import/" + upload)).contains("Đang nhập:", "hx-trigger=\"every 1s\"");
				}
			}
			sleep(20);
			job = as(officer, () -> jobs.get(jobId));
		}
		assertThat(job.status()).isEqualTo(Job.Status.DONE);
		assertThat(job.total()).isEqualTo(5000);
		assertThat(job.done()).isEqualTo(5000);
		assertThat(seen).as("progress reported while the job ran").isNotEmpty();
		assertThat(nothingStoredMidway).as("all or nothing: no donation visible before the end").isTrue();
		assertThat(count(fd[0])).isEqualTo(5000);
		long expected = 5000L * 10_000 + 5000L * 5001 / 2;
		assertThat(as(officer, () -> funds.get(fd[0])).bank()).isEqualTo(expected);
		assertThat(jdbc.sql("select count(distinct receipt_serial), max(receipt_serial) from fund_donation where fund_id = ?")
			.params(fd[0]).query((rs, n) -> tuple(rs.getInt(1), rs.getInt(2))).single()).isEqualTo(tuple(5000, 5000));
	}

	@Test
	void anXlsxListIsReadLikeACsvOne() throws IOException {
		long[] fd = fundAndDrive("Quỹ thử nhập XLSX");
		byte[] file;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Danh sách");
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Row header = sheet.createRow(0);
			String[] headers = { "STT", "Đơn vị", "Số tiền", "Ngày", "Thôn/Tổ" };
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			Object[][] rows = { { 1, "Phòng Văn hóa", 3_500_000d, LocalDate.of(2024, 10, 18), "Tổ 5" },
					{ 2, "Phòng Tài chính", 12.5d, LocalDate.of(2024, 10, 18), "Tổ 5" },
					{ 3, "Trường Mầm non Hoa Sen", 7_000_000d, LocalDate.of(2024, 10, 19), "" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				row.createCell(0).setCellValue((Integer) rows[r][0]);
				row.createCell(1).setCellValue((String) rows[r][1]);
				row.createCell(2).setCellValue((Double) rows[r][2]);
				if ((Double) rows[r][2] > 100) {
					row.getCell(2).setCellStyle(money);
				}
				row.createCell(3).setCellValue((LocalDate) rows[r][3]);
				row.getCell(3).setCellStyle(date);
				row.createCell(4).setCellValue((String) rows[r][4]);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			file = out.toByteArray();
		}
		long upload = as(officer, () -> imports.upload(fd[0], fd[1], Channel.BANK, null, "co-quan.xlsx", file)).id();
		DonationImport.Preview preview = as(officer, () -> imports.preview(fd[0], upload));
		assertThat(preview.problems()).extracting(DonationImport.Problem::row, DonationImport.Problem::column,
				DonationImport.Problem::messageKey)
			.containsExactly(tuple(3, "Số tiền", "fund.import.error.amount"));
		assertThat(preview.good()).extracting(g -> g.draft().amount(), g -> g.draft().donorKind(), DonationImport.Good::unitName)
			.containsExactly(tuple(3_500_000L, DonorKind.AGENCY, "Tổ dân phố số 5"),
					tuple(7_000_000L, DonorKind.AGENCY, "Phường Lê Đại Hành"));
		assertThat(finished(as(officer, () -> imports.run(fd[0], upload, true)).id()).status()).isEqualTo(Job.Status.DONE);
		assertThat(as(officer, () -> funds.get(fd[0])).bank()).isEqualTo(10_500_000L);
	}

	@Test
	void aRowGoesToAKnownDonorOnlyWithTheSameNameAndPhoneAndOthersAreSuggested() {
		long[] fd = fundAndDrive("Quỹ thử nhà hảo tâm");
		Donation known = as(officer, () -> donations.record(fd[0], new DonationDraft(fd[1], null, DonorKind.PERSON,
				"Đỗ Minh Khang", null, "0988 111 222", 100_000L, LocalDate.of(2024, 10, 18), Channel.CASH, null, null,
				null, null, null)));
		String list = HEADER + "1;Đỗ Minh Khang;;;0988.111.222;200.000;20/10/2024;;;;\n"
				+ "2;Đỗ Minh Khang;;;0977 000 111;300.000;20/10/2024;;;;\n"
				+ "3;Do Minh Khang;;;;400.000;20/10/2024;;;;\n"
				+ "4;Lý Thị Mới;;;0911 222 333;500.000;20/10/2024;;;;\n"
				+ "5;Lý Thị Mới;;;0911222333;600.000;21/10/2024;;;;\n";
		long upload = as(officer, () -> imports.upload(fd[0], fd[1], Channel.CASH, null, "nha-hao-tam.csv", utf8(list))).id();
		List<DonationImport.Good> good = as(officer, () -> imports.preview(fd[0], upload)).good();
		assertThat(good.get(0).known().id()).isEqualTo(known.donor().id());
		assertThat(good.get(1).known()).isNull();
		assertThat(good.get(1).similar()).extracting(Donor::id).contains(known.donor().id());
		assertThat(good.get(2).known()).isNull();
		assertThat(good.get(2).similar()).extracting(Donor::id).contains(known.donor().id());
		assertThat(good.get(4).sameAsRow()).isEqualTo(5);
		finished(as(officer, () -> imports.run(fd[0], upload, false)).id());
		List<Long> donors = jdbc.sql("select donor_id from fund_donation where source like ? order by id")
			.params("import:" + upload + ":%").query(Long.class).list();
		assertThat(donors.get(0)).as("same name and phone: the known donor").isEqualTo(known.donor().id());
		assertThat(donors.get(1)).as("another phone: a new donor").isNotEqualTo(known.donor().id());
		assertThat(donors.get(2)).as("the name without diacritics: a new donor").isNotIn(known.donor().id(), donors.get(1));
		assertThat(donors.get(4)).as("two rows of one new person: one donor").isEqualTo(donors.get(3));
	}

	@Test
	void aListNobodyImportedIsForgottenAfterAWeekAndSaysSo() {
		long[] fd = fundAndDrive("Quỹ thử nhập bỏ quên");
		long upload = as(officer, () -> imports.upload(fd[0], fd[1], Channel.CASH, null, "bo-quen.csv", utf8(MIXED))).id();
		jdbc.sql("update fund_import set created_at = now() - interval '8 days' where id = ?").params(upload).update();
		imports.forgetOldUploads();
		assertThat(jdbc.sql("select length(content) from fund_import where id = ?").params(upload).query(Integer.class)
			.single()).isZero();
		assertThatThrownBy(() -> as(officer, () -> imports.preview(fd[0], upload)))
			.isInstanceOfSatisfying(UserFacingException.class,
					e -> assertThat(e.messageKey()).isEqualTo("import.error.expired"));
	}

	private long crashedJob(long upload, int done) {
		return jdbc.sql("""
				insert into shared_job (kind, owner_id, owner_name, unit_path, title, payload, status, done, total,
				                        attempts, heartbeat_at)
				select 'fund-donation-import', ?, 'quy.nhap', unit_path, 'Nhập lại', ?, 'RUNNING', ?, 3, 1,
				       now() - interval '5 minutes'
				from fund_import where id = ? returning id
				""").params(officer.id(), String.valueOf(upload), done, upload).query(Long.class).single();
	}

	private long count(long fund) {
		return jdbc.sql("select count(*) from fund_donation where fund_id = ?").params(fund).query(Long.class).single();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Waits for the background runner to finish the job (it polls every half second). */
	private Job finished(long id) {
		long until = System.currentTimeMillis() + 120_000;
		Job job = as(officer, () -> jobs.get(id));
		while (!job.finished() && System.currentTimeMillis() < until) {
			sleep(200);
			job = as(officer, () -> jobs.get(id));
		}
		assertThat(job.finished()).as("job " + id + " finished within two minutes").isTrue();
		return job;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private static <T> T as(MattranUser user, Supplier<T> work) {
		return SeedFixture.as(user, work);
	}
}
