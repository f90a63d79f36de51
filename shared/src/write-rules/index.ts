/**
 * The write inputs' rules (zod), one copy for both sides: the server validates every mutation's
 * input with them (server/src/graphql/validate-input.ts) and the app's forms check what is typed
 * with the same rules before sending (mantine-form-zod-resolver). A separate entry point
 * (`@tripartite/shared/write-rules`) so that zod loads only with the pages that write.
 */
export * from './access.rules.js';
export * from './agreement-writes.rules.js';
export * from './fields.js';
export * from './participation-writes.rules.js';
export * from './rule-messages.js';
export * from './target-writes.rules.js';
