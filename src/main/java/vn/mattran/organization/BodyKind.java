package vn.mattran.organization;

/** The kinds of body attached to a unit. */
public enum BodyKind {
	/** Ủy ban MTTQ: the Front committee of the unit. */
	COMMITTEE,
	/** Ban Thường trực: the committee's standing board. */
	STANDING_BOARD,
	/** Ban Phong trào, Văn phòng, Ban Tổ chức–Tuyên giáo, Ban Dân chủ–Pháp luật… */
	DEPARTMENT,
	/** Hội LHPN, Đoàn TN, Hội Nông dân, Hội CCB, LĐLĐ, Hội Chữ thập đỏ… */
	MEMBER_ORGANIZATION,
	/** Ban công tác Mặt trận of a residential area. */
	WORKING_GROUP,
	/** Ban vận động Quỹ "Vì người nghèo". */
	FUND_BOARD,
	/** UBND and its offices, and other partner agencies. */
	AGENCY
}
