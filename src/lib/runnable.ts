/**
 * Finds the Python blocks in an MDX body that are marked to run (```python runnable). The test
 * suite executes them; the JSON export counts them.
 */
export interface RunnableBlock {
	/** 1-based position among the runnable blocks of the body. */
	index: number;
	/** 1-based line of the opening fence within the body. */
	line: number;
	code: string;
}

const FENCE = /^(`{3,}|~{3,})\s*python\s+runnable\b[^\n]*\n([\s\S]*?)^\1\s*$/gm;

export function runnableBlocks(body: string): RunnableBlock[] {
	const blocks: RunnableBlock[] = [];
	for (const match of body.matchAll(FENCE)) {
		const line = body.slice(0, match.index).split('\n').length;
		blocks.push({ index: blocks.length + 1, line, code: match[2] ?? '' });
	}
	return blocks;
}
