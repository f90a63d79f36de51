// What other features may use of access (.config/eslint-boundaries.js: features meet through index.ts).
export { useSignedInViewerId } from './signed-in-viewer';
export { useSignedInViewer } from './require-viewer';
