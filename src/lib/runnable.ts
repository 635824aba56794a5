/**
 * Finds the Python blocks in an MDX body that are marked to run, and what each needs:
 *
 *     ```python runnable needs=threads,subprocess min=3.12
 *
 * `needs` lists what a WebAssembly build of CPython (Pyodide) cannot do, so those blocks run on
 * native interpreters only; `min` is the oldest CPython the block's code supports. The test suite
 * executes the blocks; the JSON export counts them.
 */
// `native`: a standard-library module Pyodide leaves out (venv, multiprocessing, curses…).
export const BLOCK_NEEDS = ['threads', 'subprocess', 'sockets', 'signals', 'native'] as const;
export type BlockNeed = (typeof BLOCK_NEEDS)[number];

/** The oldest CPython the runnable blocks must pass on, unless a block says `min=`. */
export const OLDEST_PYTHON = '3.11';

export interface RunnableBlock {
	/** 1-based position among the runnable blocks of the body. */
	index: number;
	/** 1-based line of the opening fence within the body. */
	line: number;
	code: string;
	needs: BlockNeed[];
	/** Oldest CPython version, "3.N". */
	min: string;
	/** What is wrong with the fence's options, or null. */
	problem: string | null;
}

const FENCE = /^(`{3,}|~{3,})\s*python\s+runnable\b([^\n]*)\n([\s\S]*?)^\1\s*$/gm;

export function runnableBlocks(body: string): RunnableBlock[] {
	const blocks: RunnableBlock[] = [];
	for (const match of body.matchAll(FENCE)) {
		const line = body.slice(0, match.index).split('\n').length;
		blocks.push({ index: blocks.length + 1, line, code: match[3] ?? '', ...fenceOptions(match[2] ?? '') });
	}
	return blocks;
}

function fenceOptions(meta: string): Pick<RunnableBlock, 'needs' | 'min' | 'problem'> {
	const needs: BlockNeed[] = [];
	let min = OLDEST_PYTHON;
	const problems: string[] = [];
	for (const word of meta.trim().split(/\s+/).filter(Boolean)) {
		const [key, value = ''] = word.split('=', 2);
		if (key === 'needs') {
			for (const need of value.split(',')) {
				if ((BLOCK_NEEDS as readonly string[]).includes(need)) needs.push(need as BlockNeed);
				else problems.push(`needs=${need} (expected some of ${BLOCK_NEEDS.join(', ')})`);
			}
		} else if (key === 'min' && /^3\.\d{1,2}$/.test(value)) min = value;
		else problems.push(`${word} (expected needs=… or min=3.N)`);
	}
	return { needs, min, problem: problems.length > 0 ? problems.join('; ') : null };
}

/** Compares "3.N" versions. */
export function versionAtLeast(version: string, min: string): boolean {
	const [a = 0, b = 0] = version.split('.').map(Number);
	const [c = 0, d = 0] = min.split('.').map(Number);
	return a !== c ? a > c : b >= d;
}
