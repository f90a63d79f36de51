import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { graphqlDocumentImports } from './graphql-document-imports';
import { lastScreenScript } from './last-screen-script';
import { fieldWorkOnly } from './precache-entries';
import { webAppManifest } from './web-app-manifest';

const apiTarget = process.env['TRIPARTITE_API_URL'] ?? 'http://127.0.0.1:4000';

/** Text formats worth compressing; fonts (woff2) and PNGs are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|graphql|ttf)$/;

export default defineConfig({
  plugins: [
    // Each page carries only the GraphQL documents it uses (see graphql-document-imports.ts).
    graphqlDocumentImports(),
    react(),
    // Shows the last screen kept on this device before the app's modules run (src/lib/last-screen.ts).
    lastScreenScript(resolve(import.meta.dirname, 'src', 'app', 'last-screen-boot.ts')),
    VitePWA({
      // Registered by src/app/service-worker.ts once the first page is up, not at load.
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: webAppManifest,
      // The manifest's icons are precached by the plugin; the iOS one and the favicon too.
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      workbox: {
        // The app shell and every page, so the app opens offline; not the API explorer (GraphiQL
        // and its editor: megabytes, of no use in the field; see precache-entries.ts).
        globPatterns: ['**/*.{js,css,html,woff2}'],
        // Monaco's 2.8 MB bundle is over Workbox's size limit before the transform would drop it.
        globIgnores: ['**/monaco-editor-*'],
        manifestTransforms: [fieldWorkOnly(resolve(import.meta.dirname, 'dist'))],
        navigateFallback: '/index.html',
        // Only the app's own pages: the API, templates, printable agreements and the health check are the server's.
        navigateFallbackDenylist: [/^\/graphql/, /^\/templates\//, /^\/health/, /^\/agreements\/[^/]+\/document\.pdf/],
        // The API is never cached here (its answers are the signed-in person's; Graphcache keeps
        // them in IndexedDB, see src/lib/offline-storage.ts). Hashed files outside the precache
        // (the explorer) are kept once fetched.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: { cacheName: 'tripartite-assets', expiration: { maxEntries: 60 } },
          },
        ],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
    // Brotli and gzip copies beside each file, served by the API server (server/src/http/static-app.ts).
    compression({ algorithms: ['brotliCompress', 'gzip'], include: COMPRESSIBLE, threshold: 512 }),
  ],
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
    // dist/.vite/manifest.json: the chunk graph precache-entries.ts follows.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries every page runs stay in one chunk. Without this, each lazily loaded
          // section (the dashboard's map) splits them into several smaller chunks by which
          // pages use them, and every landing page downloads more bytes (first-visit budget).
          groups: [
            {
              name: 'framework',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|urql|@urql[\\/]core|wonka|i18next|react-i18next)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
