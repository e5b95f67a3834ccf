import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					// Property tests and the corpus-wide checks take seconds on a busy two-core machine; no test here is timed.
					testTimeout: 30_000,
				},
			},
			{
				test: {
					// The generated .docx files opened by LibreOffice (tests/office/support/soffice.ts): one conversion for all documents.
					name: 'office',
					include: ['tests/office/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 600_000,
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					environment: 'node',
					testTimeout: 180_000,
					fileParallelism: false,
				},
			},
			{
				test: {
					// Checks that read the built site (dist/) without a browser.
					name: 'site',
					include: ['tests/site/**/*.test.ts', 'tests/quality/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// One server for the run (global-setup.ts), one browser per file (support/harness.ts): files run one after another on two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
