import { describe, expect, test } from 'vitest';
import { normalizeBasePath } from '../../src/lib/basePath.ts';

describe('normalizeBasePath', () => {
	test.each([
		['', '/'],
		['/', '/'],
		['repo', '/repo/'],
		['/repo', '/repo/'],
		['/repo/', '/repo/'],
		['//org//repo//', '/org/repo/'],
	])('reads BASE_PATH %j as %j', (base, normalized) => {
		expect(normalizeBasePath(base)).toBe(normalized);
	});
});
