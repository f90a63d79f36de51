export * from './administrative-units.js';
export * from './agreements.js';
export * from './calendar.js';
export * from './organisations.js';
export * from './participation.js';
export * from './vietnamese-text.js';
export * from './agreement-lifecycle.js';
export * from './roles.js';
