import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env['TRIPARTITE_API_URL'] ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Use @tripartite/shared from its TypeScript sources (its package.json `source` condition).
    conditions: ['source', 'module', 'browser', 'development|production'],
  },
  server: {
    port: 5173,
    // `pnpm dev`: the API runs on its own port; the browser sees one origin.
    proxy: { '/graphql': apiTarget, '/health': apiTarget },
  },
  build: {
    sourcemap: true,
    // dist/.vite/manifest.json: the chunk graph scripts/report-bundle-size.ts follows.
    manifest: true,
  },
});
