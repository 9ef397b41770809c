// What the library's parts say to each other on the document, by name.

/** Said when dropped files wait for the dialog. */
export const FILES_LEFT = 'border-explorer:files-left';

/** Said when an article opened has been kept in the library. */
export const ARTICLE_KEPT = 'border-explorer:article-kept';
