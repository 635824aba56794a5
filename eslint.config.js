// ESLint for the site's TypeScript, Astro components and tests. Every override says why.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', 'node_modules/', '.astro/', 'tests/.tmp/', 'content/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// The handbook's rule: no `any` anywhere; unknown values are narrowed instead.
			'@typescript-eslint/no-explicit-any': 'error',
			// Unused names are errors, except ones deliberately prefixed with an underscore.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
);
