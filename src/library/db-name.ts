/** The library's IndexedDB database. */
export const DB_NAME = 'border-explorer';
