package vn.mattran.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.documents.internal.DocumentSearch;
import vn.mattran.documents.internal.incoming.IncomingDocuments;
import vn.mattran.documents.internal.incoming.IncomingDraft;
import vn.mattran.documents.internal.render.DocxRenderer;
import vn.mattran.documents.internal.render.PdfRenderer;
import vn.mattran.organization.Body;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.organization.internal.bodies.BodyService;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.security.SystemUser;
import vn.mattran.shared.web.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The incoming register: what it accepts, what it refuses (storing nothing), and search over both registers. */
@IntegrationTest
class IncomingRegisterTests {

	@Autowired
	IncomingDocuments incoming;
	@Autowired
	DocumentSearch search;
	@Autowired
	UnitService units;
	@Autowired
	BodyService bodies;
	@Autowired
	UserAccounts accounts;
	@Autowired
	JdbcClient jdbc;

	private static final DocumentText RECEIVED = new DocumentText(DocumentType.PLAN, 1L, null,
			"ỦY BAN MTTQ VIỆT NAM QUẬN HAI BÀ TRƯNG\n**BAN THƯỜNG TRỰC**", RightTitle.FRONT, true, "Hai Bà Trưng", "KẾ HOẠCH",
			"Triển khai tháng cao điểm “Vì người nghèo” năm 2024", null, null,
			"Đề nghị các phường xây dựng kế hoạch hỗ trợ hộ cận nghèo và sửa chữa nhà ở.", null, null, null, null, null,
			null);

	@Test
	void entersReceivedFilesInOrderAndFindsThemByTheirText() throws Exception {
		Body board = DocumentFixture.standingBoard(units, bodies);
		byte[] pdf = PdfRenderer.render(RECEIVED.toContent(), new Numbering(24, "KH-MTTQ-BTT", LocalDate.of(2024, 9, 10)));
		byte[] docx = DocxRenderer.render(RECEIVED.toContent(), Numbering.draft("KH-MTTQ-BTT"));
		IncomingDocument first = register(board, "24-KH.pdf", pdf);
		IncomingDocument second = register(board, "huong-dan.docx", docx);
		assertThat(first.number()).isEqualTo(1);
		assertThat(second.number()).isEqualTo(2);
		assertThat(first.mediaType()).isEqualTo("application/pdf");
		var found = SystemUser.call(() -> search.search(new DocumentSearch.Query("sua chua nha o", "IN", null),
				PageRequest.of(0, 50)));
		assertThat(found.items()).extracting(DocumentSummary::id).contains(first.id(), second.id());
		var bySymbol = SystemUser.call(() -> search.search(new DocumentSearch.Query("24/KH-MTTQ-BTT", null, null),
				PageRequest.of(0, 50)));
		assertThat(bySymbol.items()).extracting(DocumentSummary::id).contains(first.id());
		var byDate = SystemUser.call(() -> search.search(new DocumentSearch.Query("10/9/2024 thang cao diem", null, null),
				PageRequest.of(0, 50)));
		assertThat(byDate.items()).extracting(DocumentSummary::id).contains(first.id(), second.id());
		var otherDay = SystemUser.call(() -> search.search(new DocumentSearch.Query("11/9/2024 thang cao diem", null, null),
				PageRequest.of(0, 50)));
		assertThat(otherDay.items()).extracting(DocumentSummary::id).doesNotContain(first.id());
	}

	@Test
	void refusesWhatIsNotAReadablePdfOrDocxAndStoresNothing() throws Exception {
		Body board = DocumentFixture.standingBoard(units, bodies);
		byte[] pdf = PdfRenderer.render(RECEIVED.toContent(), Numbering.draft("KH-MTTQ-BTT"));
		byte[] docx = DocxRenderer.render(RECEIVED.toContent(), Numbering.draft("KH-MTTQ-BTT"));
		long before = jdbc.sql("select count(*) from doc_incoming").query(Long.class).single();
		assertRefused(board, "trong.pdf", new byte[0], "upload.error.empty");
		assertRefused(board, "lon.pdf", new byte[20 * 1024 * 1024 + 1], "upload.error.tooLarge");
		assertRefused(board, "that-ra-la-docx.pdf", docx, "upload.error.notWhatItClaims");
		assertRefused(board, "that-ra-la-pdf.docx", pdf, "upload.error.notWhatItClaims");
		assertRefused(board, "van-ban.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8), "upload.error.notWhatItClaimsUnknown");
		assertRefused(board, "hong.pdf", java.util.Arrays.copyOf(pdf, 400), "upload.error.broken");
		assertRefused(board, "mat-khau.pdf", encryptedPdf(pdf), "upload.error.encrypted");
		assertRefused(board, "mat-khau.docx", encryptedDocx(docx), "upload.error.encryptedOrOld");
		assertRefused(board, "anh.jpg", pdf, "upload.error.unsupported");
		assertThat(jdbc.sql("select count(*) from doc_incoming").query(Long.class).single()).isEqualTo(before);
		assertThat(register(board, "dung.pdf", pdf).number()).as("refusals took no number").isEqualTo(1);
	}

	@Test
	void searchStaysInsideTheCallersScope() {
		var anLao = SeedFixture.as(accounts.principal("anlao").orElseThrow(),
				() -> search.search(new DocumentSearch.Query("dien bien", null, null), PageRequest.of(0, 50)));
		assertThat(anLao.items()).extracting(DocumentSummary::symbol).contains("50/KH-MTTQ-BTT");
		var konTum = SeedFixture.as(accounts.principal("kontum").orElseThrow(),
				() -> search.search(new DocumentSearch.Query("dien bien", null, null), PageRequest.of(0, 50)));
		assertThat(konTum.items()).extracting(DocumentSummary::symbol).doesNotContain("50/KH-MTTQ-BTT");
	}

	private void assertRefused(Body board, String name, byte[] content, String reason) {
		assertThatThrownBy(() -> register(board, name, content)).as(name).isInstanceOf(InvalidInput.class)
			.hasMessageContaining(reason);
	}

	private IncomingDocument register(Body board, String name, byte[] content) {
		return SystemUser.call(() -> incoming.register(new IncomingDraft(board.id(), LocalDate.of(2024, 9, 12),
				"24/KH-MTTQ-BTT", "Ban Thường trực Ủy ban MTTQ Việt Nam quận Hai Bà Trưng", LocalDate.of(2024, 9, 10),
				DocumentType.PLAN, "Triển khai tháng cao điểm “Vì người nghèo” năm 2024"), name, content));
	}

	private static byte[] encryptedPdf(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", "nguoi-doc", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] encryptedDocx(byte[] docx) throws Exception {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("mat-khau");
			try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx)); OutputStream data = encryptor.getDataStream(fs)) {
				opc.save(data);
			}
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}
}
