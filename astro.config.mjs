// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { handbook } from './src/integrations/handbook.ts';
import { SEARCH_BOOTSTRAP, scriptHash } from './src/data/search-bootstrap.ts';
import { THEME_SCRIPT } from './src/data/theme-script.ts';

// SITE_BASE lets the same build be served under a sub-path, e.g. SITE_BASE=/handbook/.
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base,
	// SITE_OUT_DIR lets the tests build a second, sub-path copy without touching dist/.
	outDir: process.env.SITE_OUT_DIR ?? './dist',
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Prism, not Shiki: Shiki writes an inline style attribute on every token, which the strict
	// Content-Security-Policy forbids; Prism marks tokens with classes that src/styles/code.css colours.
	// The languages a code block may name are in src/lib/code-languages.ts.
	markdown: { syntaxHighlight: 'prism' },
	// handbook(): the content check, then search bundle, Pagefind index, sitemap and page check.
	integrations: [mdx(), handbook()],
	server: { port: 4321, host: 'localhost' },
	devToolbar: { enabled: false },
	// Every page carries a policy: nothing loads from anywhere but this site. Scripts are Astro's
	// hashed bundles plus the search bootstrap and the theme script by hash; Pagefind needs WebAssembly, and on the search
	// page its own worker script from this site (see src/scripts/pagefind-client.ts).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'self'",
				"font-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				resources: ["'self'", "'wasm-unsafe-eval'"],
				hashes: [scriptHash(SEARCH_BOOTSTRAP), scriptHash(THEME_SCRIPT)],
			},
		},
	},
	vite: {
		build: {
			rollupOptions: {
				// Astro 7 makes rolldown warn once per MDX file about its own "use astro:head-inject"
				// directive (withastro/astro#18087, harmless); hundreds of lines would hide real errors.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject'))
						return;
					warn(warning);
				},
			},
		},
	},
});
