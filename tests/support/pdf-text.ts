/** Extracts the text of a PDF (from Chromium's page.pdf) with pdf.js, to check what prints. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
	const parts: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	return { pages: doc.numPages, text: parts.join('\n').replace(/\s+/g, ' ') };
}
