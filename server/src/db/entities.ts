import { Province } from '../modules/geography/province.entity.js';
import { Ward } from '../modules/geography/ward.entity.js';

/** Every MikroORM entity, listed explicitly: no folder scanning at start-up. */
export const entities = [Province, Ward];
