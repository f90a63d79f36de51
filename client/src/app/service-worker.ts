/**
 * Registers the service worker (built by vite-plugin-pwa into /sw.js) that keeps the app shell
 * and the coordinator's pages on the device, so the app opens without a network. Registered once
 * the page has loaded and the browser is idle: its precache download must not compete with the
 * first screen on a slow connection. A new release's worker takes over at once (skipWaiting);
 * the page keeps running until the next visit or reload.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      // Without it the app still works online; only offline opening is lost.
      console.warn('The service worker could not be registered', error);
    });
  };
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(register, { timeout: 5000 })
      : setTimeout(register, 2000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
