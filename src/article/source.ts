/** The outlet that published the default article, as its headline names it. */
export const DEFAULT_SOURCE_NAME = 'Azad News HD';
