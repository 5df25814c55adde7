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

/** The anchor name the open note is placed by (one note is open at a time). */
const anchorName = '--open-note-marker';

/**
 * The marker that is opening a note. A glossary term's later uses open the note of its first use,
 * so the marker is the invoker: `ToggleEvent.source` where the browser has it (Chrome 140), else
 * the marker last pressed, else the one marker that names the note.
 */
function invoker(event: ToggleEvent, note: HTMLElement, pressed: Element | null): Element | null {
	const source = (event as ToggleEvent & { source?: Element | null }).source;
	if (source?.matches('.note-marker')) return source;
	if (pressed?.getAttribute('popovertarget') === note.id) return pressed;
	return document.querySelector(`.text [popovertarget="${CSS.escape(note.id)}"]`);
}

export function keepWordsInView(): void {
	let pressed: Element | null = null;
	let opening: { note: HTMLElement; marker: Element } | null = null;
	// The marker a click is on, if any: its popover opens after the click (the button's activation behaviour).
	document.addEventListener('click', (event) => (pressed = (event.target as Element).closest?.('.note-marker') ?? null), true);
	// Name the marker as the note's anchor before it opens: browsers before Chrome 133 support anchor
	// positioning but do not make a popover's invoker its anchor, and would put the note at the top left.
	document.addEventListener(
		'beforetoggle',
		(event) => {
			const note = event.target as HTMLElement;
			if ((event as ToggleEvent).newState !== 'open' || !note.matches('.note[popover]')) return;
			const marker = invoker(event as ToggleEvent, note, pressed);
			// A press opens one note: a note opened later by a link or a script is placed by its own marker.
			pressed = null;
			opening = marker && { note, marker };
			if (!marker) return;
			for (const named of document.querySelectorAll<HTMLElement>('.note-marker[style*="anchor-name"]')) named.style.removeProperty('anchor-name');
			(marker as HTMLElement).style.setProperty('anchor-name', anchorName);
			note.style.setProperty('position-anchor', anchorName);
		},
		true,
	);
	document.addEventListener(
		'toggle',
		(event) => {
			const note = event.target as HTMLElement;
			if ((event as ToggleEvent).newState !== 'open' || opening?.note !== note) return;
			const words = wordsOf(opening.marker);
			const box = note.getBoundingClientRect();
			// The words must stay below the sticky header.
			const top = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + gap;
			const covers = box.top < words.bottom && box.bottom > words.top;
			// Covered (a sheet): bring the words above the note. Below the screen (a note under its marker): bring the note up. Never past the header.
			const by = Math.min(covers ? words.bottom - box.top + gap : box.bottom > innerHeight ? box.bottom - innerHeight + gap : 0, words.top - top);
			if (by > 0) scrollBy({ top: by, behavior: 'instant' });
		},
		true,
	);
}
