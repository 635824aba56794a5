/**
 * Frontmatter text (prompts, rubrics, flags) may mark code with backticks, as Markdown does.
 * This splits such text into plain and code runs, so pages and tools can render `x` as code
 * without ever parsing the text as HTML.
 */
export interface TextRun {
	text: string;
	code: boolean;
}

export function inlineRuns(text: string): TextRun[] {
	const runs: TextRun[] = [];
	const parts = text.split('`');
	// An odd number of backticks leaves the last one unmatched: keep it as a literal backtick.
	const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
	for (let i = 0; i < parts.length; i++) {
		const part = i >= closed ? `\`${parts[i]}` : parts[i]!;
		if (part === '') continue;
		runs.push({ text: part, code: i % 2 === 1 && i < closed });
	}
	return runs;
}
