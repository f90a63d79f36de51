// What other features may use of access (eslint.boundaries.js: features meet through index.ts).
export { useSignedInViewerId } from './signed-in-viewer';
