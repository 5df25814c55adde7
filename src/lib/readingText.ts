import type { PassageBlock } from './schema.ts';

/** A passage as a reader reads it in its original script: glosses, placeholders and repairs resolved. */
export function readingText(passage: Pick<PassageBlock, 'segments'>): string {
	return passage.segments
		.map((s) => {
			switch (s.kind) {
				case 'text':
				case 'emendation':
					return s.text;
				case 'gloss':
					return s.base;
				case 'redaction':
				case 'damage':
					return s.source;
			}
		})
		.join('');
}
