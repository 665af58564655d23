/**
 * Rows of an entry grid the server renders: more than the grid's box (65vh) shows on a tall screen. The rest
 * are rendered in the browser as soon as the page is live — before that no cell can be edited anyway — so
 * the server does not render every cell of a long report on every load (a 64-line 功能分类 grid is 2,176
 * cells). Its own module so that the end-to-end tests can read it.
 */
export const SERVER_ROWS = 30;
