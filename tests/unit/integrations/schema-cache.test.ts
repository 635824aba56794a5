import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clearStaleContentStore } from '../../../src/integrations/schema-cache.ts';

function site() {
	const root = mkdtempSync(join(tmpdir(), 'schema-cache-'));
	mkdirSync(join(root, 'src/schemas'), { recursive: true });
	mkdirSync(join(root, 'src/lib/content'), { recursive: true });
	writeFileSync(join(root, 'src/schemas/question.ts'), 'export const a = 1;');
	writeFileSync(join(root, 'src/lib/content/rule.ts'), 'export const b = 1;');
	const cache = join(root, 'node_modules/.astro');
	mkdirSync(cache, { recursive: true });
	const store = join(cache, 'data-store.json');
	writeFileSync(store, '{}');
	return { root, cache, store };
}

describe('clearStaleContentStore', () => {
	test('keeps the store on the first build and while the schemas are unchanged', () => {
		const { root, cache, store } = site();
		expect(clearStaleContentStore(root, cache)).toBe(false);
		expect(clearStaleContentStore(root, cache)).toBe(false);
		expect(existsSync(store)).toBe(true);
	});

	test.each(['src/schemas/question.ts', 'src/lib/content/rule.ts', 'src/schemas/new-field.ts'])(
		'clears the store once after %s changes',
		(file) => {
			const { root, cache, store } = site();
			clearStaleContentStore(root, cache);
			writeFileSync(join(root, file), 'export const changed = 2;');
			expect(clearStaleContentStore(root, cache)).toBe(true);
			expect(existsSync(store)).toBe(false);
			writeFileSync(store, '{}');
			expect(clearStaleContentStore(root, cache)).toBe(false);
			expect(existsSync(store)).toBe(true);
		},
	);
});
