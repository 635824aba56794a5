/** The runner behind the runnable-block tests reports failures by entry and block. */
import { describe, expect, it } from 'vitest';
import { runnableBlocks } from '../../../src/lib/runnable.ts';
import { runBlock } from '../../support/python.ts';
import { python } from '../../support/python-required.ts';

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
	'```python runnable',
	'assert sorted([3, 1, 2]) == [1, 2, 3, 4], "sorting went wrong"',
	'```',
].join('\n');

describe('runnableBlocks', () => {
	it('finds only the blocks marked runnable, with their positions', () => {
		const blocks = runnableBlocks(body);
		expect(blocks.map((b) => [b.index, b.line])).toEqual([
			[1, 2],
			[2, 10],
		]);
		expect(blocks[0]?.code).toBe('assert 1 + 1 == 2\n');
	});
});

describe.skipIf(!python)('runBlock', () => {
	it('passes a block whose asserts hold', () => {
		expect(runBlock('content/questions/demo.mdx block 1', 'assert True\n').ok).toBe(true);
	});
	it('fails a broken block with the question id, the block and the error in the report', () => {
		const [, broken] = runnableBlocks(body);
		const run = runBlock('content/questions/demo.mdx block 2 (line 10)', broken!.code);
		expect(run.ok).toBe(false);
		expect(run.report).toContain('content/questions/demo.mdx block 2 (line 10)');
		expect(run.report).toContain('sorting went wrong');
	});
	it('fails a block that runs too long', () => {
		const run = runBlock('content/questions/slow.mdx block 1', 'import time\ntime.sleep(5)\n', 500);
		expect(run.ok).toBe(false);
		expect(run.report).toContain('timed out');
	});
});
