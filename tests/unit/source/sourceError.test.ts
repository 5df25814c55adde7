import { describe, expect, test } from 'vitest';
import { SourceError } from '../../../src/lib/source/sourceError.ts';

describe('SourceError', () => {
	test('keeps the file and the reason apart and joins them in the message', () => {
		const error = new SourceError('000.txt', 'the file is empty (0 bytes)');
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('SourceError');
		expect(error.file).toBe('000.txt');
		expect(error.reason).toBe('the file is empty (0 bytes)');
		expect(error.message).toBe('000.txt: the file is empty (0 bytes)');
	});
});
