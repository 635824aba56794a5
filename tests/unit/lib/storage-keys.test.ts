import { describe, expect, it } from 'vitest';
import { CALCULATOR_PREFIX, calculatorKey, legacyMoves, PANEL_KEY } from '../../../src/lib/storage-keys.ts';

describe('storage keys', () => {
	it('keeps the panel outside the calculator’s prefix, so clearing one never empties the other', () => {
		expect(PANEL_KEY.startsWith(CALCULATOR_PREFIX)).toBe(false);
		expect(calculatorKey('general')).toBe('handbook:calculator:card:general');
		expect(calculatorKey('panel').startsWith(CALCULATOR_PREFIX)).toBe(true);
	});
	it('moves keys of earlier versions to their new names, never over a newer value', () => {
		expect(
			legacyMoves([
				'handbook:calculator:general',
				'handbook:calculator:custom',
				'handbook:calculator:panel',
				'handbook:calculator:card:general',
				'handbook:calculator:backend-mid',
				'handbook:calculator:card:backend-mid',
				'handbook:calculator:Not An Id',
				'handbook:calibration-workshop:v1',
			]),
		).toEqual([
			{ from: 'handbook:calculator:general', to: null },
			{ from: 'handbook:calculator:custom', to: 'handbook:calculator:card:custom' },
			{ from: 'handbook:calculator:panel', to: 'handbook:panel:exports' },
			{ from: 'handbook:calculator:backend-mid', to: null },
		]);
		expect(legacyMoves(['handbook:calculator:general'])).toEqual([
			{ from: 'handbook:calculator:general', to: 'handbook:calculator:card:general' },
		]);
		expect(legacyMoves(['handbook:calculator:panel', 'handbook:panel:exports'])).toEqual([
			{ from: 'handbook:calculator:panel', to: null },
		]);
		expect(legacyMoves(['handbook:panel:exports', 'handbook:calculator:card:x'])).toEqual([]);
	});
});
