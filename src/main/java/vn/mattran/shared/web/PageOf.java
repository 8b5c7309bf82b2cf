package vn.mattran.shared.web;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: the items, the page number (from 0), the page size and the total count. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public PageOf {
		items = List.copyOf(items);
	}

	public int pages() {
		return total == 0 ? 1 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public long firstIndex() {
		return total == 0 ? 0 : (long) page * size + 1;
	}

	public long lastIndex() {
		return (long) page * size + items.size();
	}

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
	}
}
