import { describe, expect, it } from 'vitest';
import { assesses, assessment, includedIn, questionsFor } from '../../../src/lib/competency-questions.ts';

describe('which questions assess a competency', () => {
	it('counts a listed competency anywhere in the list, and a broad one through what it includes', () => {
		expect(assessment(['a', 'b'], 'b', [])).toBe('direct');
		expect(assessment(['a', 'b'], 'tech', ['b'])).toBe('included');
		expect(assessment(['a', 'tech'], 'tech', ['a'])).toBe('direct');
		expect(assessment(['a'], 'tech', ['b'])).toBeNull();
		expect(assessment([], 'tech', [])).toBeNull();
		expect(assesses(['a'], 'a', [])).toBe(true);
		expect(assesses(['a'], 'tech', ['a'])).toBe(true);
		expect(assesses(['a'], 'tech', [])).toBe(false);
	});
	it('splits a bank into direct and included questions, each once, in bank order', () => {
		const bank = [
			{ id: 'q1', c: ['x'] },
			{ id: 'q2', c: ['tech', 'x'] },
			{ id: 'q3', c: ['y'] },
			{ id: 'q4', c: ['z'] },
		];
		const { direct, viaIncluded } = questionsFor(bank, 'tech', ['x', 'y'], (q) => q.c);
		expect(direct.map((q) => q.id)).toEqual(['q2']);
		expect(viaIncluded.map((q) => q.id)).toEqual(['q1', 'q3']);
	});
	it('reads an includes map safely for prototype names', () => {
		const map = { tech: ['x'] };
		expect(includedIn(map, 'tech')).toEqual(['x']);
		expect(includedIn(map, 'constructor')).toEqual([]);
		expect(includedIn(map, 'toString')).toEqual([]);
		expect(includedIn(map, 'other')).toEqual([]);
	});
});
