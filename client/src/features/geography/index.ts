/** What other features may use of geography: the list of provinces (the dashboard shows it to admins). */
export { ProvinceList } from './province-list';
