package vn.mattran.documents;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import vn.mattran.organization.Body;
import vn.mattran.organization.BodyKind;
import vn.mattran.organization.Unit;
import vn.mattran.organization.internal.bodies.BodyDraft;
import vn.mattran.organization.internal.bodies.BodyService;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.security.SystemUser;

/** Fresh issuing bodies, so that each test's register starts empty, and small drafts to issue. */
final class DocumentFixture {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private DocumentFixture() {
	}

	/** A new committee with its standing board in Xã Đắk Kan (Kon Tum, 2023); returns the board. */
	static Body standingBoard(UnitService units, BodyService bodies) {
		return SystemUser.call(() -> {
			Unit commune = units.byCode("23392", LocalDate.of(2023, 5, 1));
			int n = COUNTER.incrementAndGet();
			Body committee = bodies.create(new BodyDraft(commune.id(), null, BodyKind.COMMITTEE,
					"Ủy ban MTTQ thử nghiệm " + n, "MTTQ", null, null));
			return bodies.create(new BodyDraft(commune.id(), committee.id(), BodyKind.STANDING_BOARD,
					"Ban Thường trực thử nghiệm " + n, "BTT", null, null));
		});
	}

	static DocumentText plan(long issuerBodyId, String subject, String body) {
		return new DocumentText(DocumentType.PLAN, issuerBodyId, null, "ỦY BAN MTTQ VIỆT NAM XÃ ĐẮK KAN\n**BAN THƯỜNG TRỰC**",
				RightTitle.FRONT, true, "Đắk Kan", "KẾ HOẠCH", subject, null, "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam.",
				body, "Nơi nhận:", "- Như trên;\n- Lưu: VT.", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", null, "Người Ký Thử");
	}
}
