import { describe, expect, it } from 'vitest';
import { blankRecord, own, recordFrom, withKey } from '../../../src/lib/records.ts';

describe('records keyed by ids', () => {
	it('never answers with an inherited property', () => {
		const plain: Record<string, number> = { a: 1 };
		expect(own(plain, 'a')).toBe(1);
		for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])
			expect(own(plain, key)).toBeUndefined();
		expect(own(JSON.parse('{"__proto__": 3}') as Record<string, number>, '__proto__')).toBe(3);
	});
	it('builds records with no prototype, a later entry winning', () => {
		const r = recordFrom([
			['constructor', 1],
			['a', 2],
			['a', 3],
		]);
		expect(Object.getPrototypeOf(r)).toBeNull();
		expect({ ...r }).toEqual({ constructor: 1, a: 3 });
		expect(Object.getPrototypeOf(blankRecord())).toBeNull();
		expect(Object.keys(blankRecord())).toEqual([]);
	});
	it('sets one key on a copy, even __proto__, without touching the original', () => {
		const base = recordFrom([['a', 1]]);
		const next = withKey(base, '__proto__', 2);
		expect(Object.getPrototypeOf(next)).toBeNull();
		expect(own(next, '__proto__')).toBe(2);
		expect(own(next, 'a')).toBe(1);
		expect(own(base, '__proto__')).toBeUndefined();
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});
});
