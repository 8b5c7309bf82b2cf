package vn.mattran.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.IntegrationTest;
import vn.mattran.documents.internal.DocumentSearch;
import vn.mattran.documents.internal.OutgoingDocuments;
import vn.mattran.organization.Body;
import vn.mattran.organization.internal.bodies.BodyService;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outgoing register: numbers, symbols, immutability and corrections. */
@IntegrationTest
class OutgoingRegisterTests {

	@Autowired
	OutgoingDocuments documents;
	@Autowired
	UnitService units;
	@Autowired
	BodyService bodies;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	vn.mattran.documents.internal.DocumentSearch search;

	@Test
	void numbersStayGaplessWhenManyAreIssuedAtOnce() throws Exception {
		Body board = DocumentFixture.standingBoard(units, bodies);
		List<Long> drafts = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			int n = i;
			drafts.add(SystemUser.call(() -> documents.createDraft(DocumentFixture.plan(board.id(), "Kế hoạch thử " + n,
					"Nội dung " + n)).id()));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<OutgoingDocument>> issued = new ArrayList<>();
		for (long id : drafts) {
			Callable<OutgoingDocument> issue = () -> SystemUser.call(() -> documents.issue(id, null));
			issued.add(pool.submit(issue));
		}
		List<Integer> numbers = new ArrayList<>();
		for (Future<OutgoingDocument> document : issued) {
			numbers.add(document.get().number());
		}
		pool.shutdown();
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 16).boxed().toList());
		OutgoingDocument first = SystemUser.call(() -> documents.get(drafts.get(numbers.indexOf(1))));
		assertThat(first.symbol()).isEqualTo("01/KH-MTTQ-BTT");
	}

	@Test
	void numberingStartsAgainOnTheFirstOfJanuary() {
		Body board = DocumentFixture.standingBoard(units, bodies);
		assertThat(issue(board, LocalDate.of(2024, 12, 30)).symbol()).isEqualTo("01/KH-MTTQ-BTT");
		assertThat(issue(board, LocalDate.of(2024, 12, 31)).symbol()).isEqualTo("02/KH-MTTQ-BTT");
		assertThat(issue(board, LocalDate.of(2025, 1, 2)).symbol()).isEqualTo("01/KH-MTTQ-BTT");
		assertThatThrownBy(() -> issue(board, LocalDate.of(2025, 1, 1))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("document.error.beforeLatest");
		assertThatThrownBy(() -> issue(board, LocalDate.now().plusDays(2))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("document.error.futureDate");
		assertThat(issue(board, LocalDate.of(2025, 1, 3)).number()).as("refused issues took no number").isEqualTo(2);
	}

	@Test
	void symbolsFollowTheBodiesAndTheType() {
		OutgoingDocument dispatch = SystemUser.call(() -> {
			long issuer = jdbc.sql("select id from org_body where name = 'Ủy ban nhân dân huyện Tân Biên'").query(Long.class).single();
			long office = jdbc.sql("select id from org_body where name = 'Văn phòng HĐND và UBND huyện'").query(Long.class).single();
			DocumentText text = new DocumentText(DocumentType.DISPATCH, issuer, office, "**ỦY BAN NHÂN DÂN**\n**HUYỆN TÂN BIÊN**",
					RightTitle.NATIONAL, true, "Tân Biên", null, "tổng kết công tác dân vận", "- UBND các xã, thị trấn.", null,
					"Đề nghị báo cáo.", "Nơi nhận:", "- Lưu: VT, VP.", null, "CHỦ TỊCH", null, "Nguyễn Thị Thành");
			return documents.issue(documents.createDraft(text).id(), LocalDate.of(2024, 12, 20));
		});
		assertThat(dispatch.symbol()).as("a công văn has no type in its symbol").matches("\\d{2,}/UBND-VP");
		assertThat(dispatch.number()).as("after 1840, entered from the paper register").isGreaterThan(1840);
	}

	@Test
	void anIssuedDocumentNeverChangesAndACorrectionIsANewDocument() {
		Body board = DocumentFixture.standingBoard(units, bodies);
		OutgoingDocument issued = issue(board, LocalDate.of(2025, 3, 5));
		assertThatThrownBy(() -> SystemUser.call(() -> documents.updateDraft(issued.id(), issued.version(),
				DocumentFixture.plan(board.id(), "Sửa lén", "x"))))
			.isInstanceOf(UserFacingException.class).hasMessageContaining("document.error.issued");
		assertThatThrownBy(() -> jdbc.sql("update doc_outgoing set title = 'sửa lén' where id = ?").param(issued.id()).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("is issued and cannot be changed");
		assertThatThrownBy(() -> jdbc.sql("delete from doc_file where document_id = ?").param(issued.id()).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

		OutgoingDocument correction = SystemUser.call(() -> documents.correct(issued.id()));
		assertThat(correction.issued()).isFalse();
		assertThat(correction.correctsId()).isEqualTo(issued.id());
		assertThat(correction.content()).isEqualTo(issued.content());
		assertThat(SystemUser.call(() -> documents.get(issued.id())).title()).isEqualTo(issued.title());
	}

	@Test
	void aNumberFromAPaperRegisterIsTakenOnceAndTheRegisterContinuesAfterIt() {
		Body board = DocumentFixture.standingBoard(units, bodies);
		OutgoingDocument recorded = SystemUser.call(() -> documents.record(DocumentFixture.plan(board.id(), "Cũ", "x"), 50,
				LocalDate.of(2023, 8, 1), false));
		assertThat(recorded.symbol()).isEqualTo("50/KH-MTTQ-BTT");
		assertThatThrownBy(() -> SystemUser.call(() -> documents.record(DocumentFixture.plan(board.id(), "Trùng", "x"), 50,
				LocalDate.of(2023, 9, 1), false)))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("document.error.numberTaken");
		assertThatThrownBy(() -> issue(board, LocalDate.of(2023, 7, 15))).as("numbers follow dates, recorded ones too")
			.isInstanceOf(InvalidInput.class).hasMessageContaining("document.error.beforeLatest");
		assertThat(issue(board, LocalDate.of(2023, 9, 2)).number()).isEqualTo(51);
		SystemUser.run(() -> documents.record(DocumentFixture.plan(board.id(), "Số lớn", "x"), 150, LocalDate.of(2023, 9, 3), false));
		var found = SystemUser.call(() -> search.search(new DocumentSearch.Query("50 /KH-MTTQ-BTT", null, 2023),
				vn.mattran.shared.web.PageRequest.of(0, 200)));
		assertThat(found.items()).extracting(DocumentSummary::symbol).contains("50/KH-MTTQ-BTT").doesNotContain("150/KH-MTTQ-BTT");
	}

	@Test
	void aTypoInThisYearsPaperNumberCannotThrowAwayNumbers() {
		Body board = DocumentFixture.standingBoard(units, bodies);
		LocalDate today = LocalDate.now(vn.mattran.shared.format.Formats.VIETNAM);
		assertThatThrownBy(() -> SystemUser.call(() -> documents.record(DocumentFixture.plan(board.id(), "Gõ nhầm", "x"),
				900, today, false)))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("document.error.numberLeavesGap");
		assertThat(SystemUser.call(() -> documents.record(DocumentFixture.plan(board.id(), "Sổ giấy", "x"), 9, today, true))
			.number()).isEqualTo(9);
		assertThat(issue(board, today).number()).isEqualTo(10);
	}

	@Test
	void aDocumentWithoutItsHeaderIsNotIssuedAndTakesNoNumber() {
		Body board = DocumentFixture.standingBoard(units, bodies);
		DocumentText bare = new DocumentText(DocumentType.PLAN, board.id(), null, null, RightTitle.NONE, false, null,
				"KẾ HOẠCH", "Thiếu phần đầu", null, null, "Nội dung\u0001 có ký tự điều khiển", null, null, null, null, null,
				null);
		long draft = SystemUser.call(() -> documents.createDraft(bare).id());
		assertThatThrownBy(() -> SystemUser.call(() -> documents.issue(draft, null))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("document.error.headerIncomplete");
		assertThat(SystemUser.call(() -> documents.pdf(draft))).as("a stray control character prints").isNotEmpty();
		assertThat(issue(board, LocalDate.of(2025, 6, 1)).number()).isEqualTo(1);
	}

	private OutgoingDocument issue(Body board, LocalDate day) {
		return SystemUser.call(() -> documents.issue(documents.createDraft(DocumentFixture.plan(board.id(), "Kế hoạch "
				+ day, "Nội dung")).id(), day));
	}
}
