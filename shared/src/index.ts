export * from './administrative-units.js';
export * from './calendar.js';
export * from './vietnamese-text.js';
