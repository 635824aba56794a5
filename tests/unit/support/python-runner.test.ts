/** The fence options of runnable blocks: what a block needs and the oldest Python it supports. */
import { describe, expect, it } from 'vitest';
import { runnableBlocks, versionAtLeast } from '../../../src/lib/runnable.ts';

const body = [
	'Intro.',
	'```python runnable',
	'assert 1 + 1 == 2',
	'```',
	'',
	'```python',
	'this is not run',
	'```',
	'',
	'```python runnable needs=threads,subprocess min=3.12',
	'assert sorted([3, 1, 2]) == [1, 2, 3]',
	'```',
	'',
	'```python runnable needs=gpu speed=fast',
	'pass',
	'```',
].join('\n');

describe('runnableBlocks', () => {
	const blocks = runnableBlocks(body);
	it('finds only the blocks marked runnable, with their positions and code', () => {
		expect(blocks.map((b) => [b.index, b.line])).toEqual([
			[1, 2],
			[2, 10],
			[3, 14],
		]);
		expect(blocks[0]?.code).toBe('assert 1 + 1 == 2\n');
	});
	it('reads needs and min, defaulting to nothing needed and the oldest supported Python', () => {
		expect(blocks[0]).toMatchObject({ needs: [], min: '3.11', problem: null });
		expect(blocks[1]).toMatchObject({ needs: ['threads', 'subprocess'], min: '3.12', problem: null });
	});
	it('names each option it does not understand', () => {
		expect(blocks[2]?.problem).toContain('needs=gpu');
		expect(blocks[2]?.problem).toContain('speed=fast');
	});
});

describe('versionAtLeast', () => {
	it('compares minor versions as numbers, not text', () => {
		expect(versionAtLeast('3.10', '3.9')).toBe(true);
		expect(versionAtLeast('3.9', '3.10')).toBe(false);
		expect(versionAtLeast('3.12', '3.12')).toBe(true);
		expect(versionAtLeast('3.11', '3.12')).toBe(false);
		expect(versionAtLeast('4.0', '3.14')).toBe(true);
		expect(versionAtLeast('2.7', '3.1')).toBe(false);
	});
});
