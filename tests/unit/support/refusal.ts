import { SourceError } from '../../../src/lib/source/sourceError.ts';

/** Runs something that must refuse its input and returns the SourceError it throws; fails otherwise. */
export function refusalOf(run: () => unknown): SourceError {
	try {
		run();
	} catch (error) {
		if (error instanceof SourceError) return error;
		throw error;
	}
	throw new Error('the input was accepted');
}
