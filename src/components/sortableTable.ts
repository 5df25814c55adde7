/**
 * Sorts the catalogue by a column when its header button is pressed; pressing again reverses.
 * Rows without a value (an undated text) stay last in both directions.
 */
class SortableTable extends HTMLElement {
	connectedCallback() {
		this.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLButtonElement>('button[data-sort-key]');
			if (!button) return;
			const header = button.closest('th')!;
			const key = button.dataset.sortKey!;
			const descending = header.getAttribute('aria-sort') === 'ascending';
			for (const th of this.querySelectorAll('th')) th.removeAttribute('aria-sort');
			header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
			const body = this.querySelector('tbody')!;
			const value = (row: HTMLTableRowElement) => row.dataset[key] ?? '';
			const rows = [...body.rows].sort((a, b) => {
				if (!value(a) || !value(b)) return Number(!value(a)) - Number(!value(b));
				return (descending ? -1 : 1) * value(a).localeCompare(value(b), 'zh');
			});
			body.append(...rows);
		});
	}
}
customElements.define('corpus-sortable-table', SortableTable);
