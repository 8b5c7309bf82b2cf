package vn.mattran.documents;

/**
 * What stands at the top of the right header column: the national title of state bodies
 * ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc"), the Front's own
 * ("MẶT TRẬN TỔ QUỐC VIỆT NAM"), or nothing.
 */
public enum RightTitle {
	NONE, NATIONAL, FRONT
}
