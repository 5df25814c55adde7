import type { Segment } from './segmentSchema.ts';

/** What a segment reads as: glosses as their character, repairs as corrected, damage and placeholders as in the source. */
export function segmentReading(segment: Segment): string {
	switch (segment.kind) {
		case 'text':
		case 'emendation':
			return segment.text;
		case 'gloss':
			return segment.base;
		case 'redaction':
		case 'damage':
			return segment.source;
	}
}

/** A passage as a reader reads it in its original script: glosses, placeholders and repairs resolved. */
export function readingText(passage: { segments: Segment[] }): string {
	return passage.segments.map(segmentReading).join('');
}
