package vn.mattran.fund;

/** The result of recomputing a fund's hash chain: whether it holds, over how many entries, and the first that does not. */
public record LedgerCheck(boolean ok, long entries, Long firstBadEntry, Long firstBadSeq, String problem) {
}
