/**
 * A note never covers the words it explains. When a note opens, the words (the marked span before
 * its marker, and the marker) are measured against the note: a sheet at the bottom of a phone's
 * screen that would cover them scrolls the page until they stand above it; a note placed below its
 * marker that would run off the screen scrolls the page until it fits, never past the words.
 */

/** The words a marker explains: the marked span just before it, if any, and the marker itself. */
function wordsOf(marker: Element): DOMRect {
	const marked = marker.previousElementSibling?.matches('.emended, .annotated, .nonstandard') ? marker.previousElementSibling : null;
	const boxes = [marker.getBoundingClientRect(), ...(marked ? [...marked.getClientRects()] : [])];
	const top = Math.min(...boxes.map((b) => b.top));
	const bottom = Math.max(...boxes.map((b) => b.bottom));
	return new DOMRect(0, top, 0, bottom - top);
}

/** Room kept between the words and the note, and at the screen's edges, in CSS pixels. */
const gap = 12;

export function keepWordsInView(): void {
	document.addEventListener(
		'toggle',
		(event) => {
			const note = event.target as HTMLElement;
			if (!(event as ToggleEvent).newState || (event as ToggleEvent).newState !== 'open' || !note.matches('.note[popover]')) return;
			const marker = document.querySelector(`.text [popovertarget="${CSS.escape(note.id)}"]`);
			if (!marker) return;
			const words = wordsOf(marker);
			const box = note.getBoundingClientRect();
			const covers = box.top < words.bottom && box.bottom > words.top;
			// Covered (a sheet): bring the words above the note. Below the screen (a note under its marker): bring the note up, keeping the words in sight.
			const by = covers ? words.bottom - box.top + gap : box.bottom > innerHeight ? Math.min(box.bottom - innerHeight + gap, words.top - gap) : 0;
			if (by > 0) scrollBy({ top: by, behavior: 'instant' });
		},
		true,
	);
}
