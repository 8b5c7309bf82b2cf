package vn.mattran.shared.web;

/** Which page of a list to show; sizes are clamped so a URL cannot ask for a million rows. */
public record PageRequest(int page, int size) {

	public static final int DEFAULT_SIZE = 25;
	public static final int MAX_SIZE = 200;

	public PageRequest {
		page = Math.max(0, page);
		size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	public static PageRequest of(Integer page, Integer size) {
		return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
