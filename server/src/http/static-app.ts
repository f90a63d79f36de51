import { sep } from 'node:path';
import express, { type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Vite's output for hashed files: their names change whenever their content does. */
const HASHED_FOLDER = `${sep}assets${sep}`;

/** A year, and never revalidated: a changed file gets a new name, so this copy is right forever. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Everything else (index.html, the service worker, the web app manifest, icons) is revalidated on
 * every use: a 304 costs one round trip, and a new release reaches people on their next visit.
 */
export const REVALIDATE = 'no-cache';

/** Paths that are client-side routes of the single-page app, answered with index.html. */
const CLIENT_ROUTE = /^(?!\/(?:graphql|assets|templates|health)(?:\/|$))[^.]*$/;

/**
 * The built admin app: the precompressed copies Vite wrote beside each file (`.br`, `.gz`) for
 * browsers that accept them, with `Content-Encoding` and `Vary: Accept-Encoding`, ETags and 304s,
 * year-long caching for hashed assets and `no-cache` for the rest; client-side routes get
 * index.html. A missing hashed asset is a 404, never index.html (which a browser would run as a
 * script and fail on).
 */
export function staticApp(clientDistDir: string): Router {
  const files = expressStaticGzip(clientDistDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gz'],
    index: false,
    serveStatic: {
      index: false,
      // Set below, by folder; serve-static's own header would say max-age=0 for everything.
      cacheControl: false,
      setHeaders: (response, path) =>
        response.setHeader('Cache-Control', path.includes(HASHED_FOLDER) ? IMMUTABLE : REVALIDATE),
    },
  });
  const router = express.Router();
  router.use(files);
  router.get(CLIENT_ROUTE, (request, response, next) => {
    request.url = '/index.html';
    files(request, response, next);
  });
  return router;
}
