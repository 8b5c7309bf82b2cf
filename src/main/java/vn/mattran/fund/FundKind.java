package vn.mattran.fund;

/** What a fund is for: the "Vì người nghèo" fund, a relief (cứu trợ) fund, or another. */
public enum FundKind {
	FOR_THE_POOR, RELIEF, OTHER
}
