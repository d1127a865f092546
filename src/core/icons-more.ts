import type { OtherIcon } from './icons.js';

/**
 * The icons no page of opportunities draws, apart from the common ones (icons.ts), so that page
 * does not download them: `icon(printIcon)`. Drawn on the same 24-unit grid.
 */
export const searchIcon = '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L21 21"/>' as OtherIcon;
export const shareIcon = '<circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="6" r="2.5"/><circle cx="18" cy="18" r="2.5"/><path d="M8.2 10.8l7.6-3.6M8.2 13.2l7.6 3.6"/>' as OtherIcon;
export const starIcon = '<path d="M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z"/>' as OtherIcon;
export const downloadIcon = '<path d="M12 3v12M6.5 9.5L12 15l5.5-5.5M4 20h16"/>' as OtherIcon;
export const printIcon = '<path d="M6 9V3h12v6M6 18H4v-7h16v7h-2"/><rect x="6" y="14" width="12" height="7"/>' as OtherIcon;
export const editIcon = '<path d="M4 20h4L19 9l-4-4L4 16z"/>' as OtherIcon;
export const trashIcon = '<path d="M4 7h16M9 7V4h6v3M6 7l1 14h10l1-14"/>' as OtherIcon;
export const arrowRightIcon = '<path d="M5 12h14M13 6l6 6-6 6"/>' as OtherIcon;
export const phoneIcon = '<path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2"/>' as OtherIcon;
// Drawn only by the access needs (an opportunity's page, its interest form) and an opened feedback item (heard).
export const earIcon = '<path d="M7 9a5 5 0 0 1 10 0c0 3-3 4-3 7a3 3 0 0 1-6 0"/><path d="M10 9a2 2 0 0 1 4 0"/>' as OtherIcon;
// Drawn by an opportunity's own page (step-free access, "I'm interested"), the access needs and the profile form, never by a list or the board.
export const accessIcon = '<circle cx="12" cy="4.5" r="2"/><path d="M5 8.5l7 1.5 7-1.5M12 10v5l-3 6M12 15l3 6"/>' as OtherIcon;
export const heartIcon = '<path d="M12 20s-8-4.7-8-10.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 8 2.5C20 15.3 12 20 12 20z"/>' as OtherIcon;
