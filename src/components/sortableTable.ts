/**
 * Sorts a table (the catalogue, the glossary's) by a column when its header button is pressed;
 * pressing again reverses. A button may ask for descending order first (`data-sort-first`, for
 * counts: the most first). Rows without a value (an undated text) stay last in both directions.
 */
// Numeric: digits compare as numbers, so counts sort as counts and dates as dates. Made at the
// first sort: loading the Chinese collation data took a long task on every page load.
let collator: Intl.Collator | undefined;

class SortableTable extends HTMLElement {
	connectedCallback() {
		this.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLButtonElement>('button[data-sort-key]');
			if (!button) return;
			const header = button.closest('th')!;
			const key = button.dataset.sortKey!;
			const current = header.getAttribute('aria-sort');
			const descending = current ? current === 'ascending' : button.dataset.sortFirst === 'descending';
			for (const th of this.querySelectorAll('th')) th.removeAttribute('aria-sort');
			header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
			const body = this.querySelector('tbody')!;
			// Each row's key read once, compared with one collator.
			// `compare` is bound to its collator, so it can be taken off it.
			const { compare } = (collator ??= new Intl.Collator('zh', { numeric: true }));
			const rows = [...body.rows].map((row) => ({ row, value: row.dataset[key] ?? '' }));
			rows.sort((a, b) => {
				if (!a.value || !b.value) return Number(!a.value) - Number(!b.value);
				return (descending ? -1 : 1) * compare(a.value, b.value);
			});
			body.append(...rows.map(({ row }) => row));
		});
	}
}
customElements.define('corpus-sortable-table', SortableTable);
