/**
 * The reader's display preferences. Each is off by default; turned on, the root element carries
 * `data-<name>="<value>"` and `localStorage` keeps `corpus-<name>` = value (Page.astro applies it
 * before paint).
 */
export const preferences = {
	/** Source readings (ruby) hidden. The button says "show readings", so it is pressed while they are not hidden. */
	readings: { value: 'hidden', label: 'showReadings', pressedWhenSet: false },
	/** Every use of a glossary term marked, not only the first in each text. */
	terms: { value: 'all', label: 'markEveryTerm', pressedWhenSet: true },
} as const;

/** A display preference's name. */
export type Preference = keyof typeof preferences;
