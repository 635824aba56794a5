// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { expectedPages } from './src/integrations/expected-pages.ts';

// SITE_BASE lets the same build be served under a sub-path, e.g. SITE_BASE=/handbook/.
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Shiki writes inline style attributes, which a strict Content-Security-Policy forbids;
	// code blocks stay plain, monospaced and printable until class-based highlighting lands.
	markdown: { syntaxHighlight: false },
	integrations: [contentCheck(), mdx(), pagefindIndex(), expectedPages()],
	server: { port: 4321, host: 'localhost' },
	devToolbar: { enabled: false },
});
