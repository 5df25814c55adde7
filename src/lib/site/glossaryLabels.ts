import type { GlossaryKind } from '../annotations/glossarySchema.ts';
import type { Labels } from './labels.ts';

/** The label that names each kind of glossary entry. */
export const kindLabel = {
	term: 'kindTerm',
	person: 'kindPerson',
	place: 'kindPlace',
	organization: 'kindOrganization',
	event: 'kindEvent',
	publication: 'kindPublication',
} as const satisfies Record<GlossaryKind, keyof Labels>;

/** What a term's marker in the text says: its entry's kind, shortened where the kind's name is long. */
export const markerLabel = { ...kindLabel, publication: 'kindPublicationMarker' } as const satisfies Record<GlossaryKind, keyof Labels>;
