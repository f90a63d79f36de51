import type { ManifestOptions } from 'vite-plugin-pwa';

/**
 * What a phone shows when the app is installed on its home screen. Vietnamese first, as the app
 * is; the icons in the sizes Chrome and Android ask for (192 and 512, one maskable) and iOS (180,
 * in index.html), rendered from public/icon.svg by e2e/tools/render-app-icons.ts.
 */
export const webAppManifest: Partial<ManifestOptions> = {
  name: 'Tripartite – Thỏa thuận ba bên',
  short_name: 'Tripartite',
  description: 'Theo dõi thỏa thuận ba bên phát triển BHXH tự nguyện và BHYT hộ gia đình',
  lang: 'vi',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: '#0b5cab',
  background_color: '#ffffff',
  icons: [
    { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
  ],
};
