/** The app's IndexedDB database (one per origin, shared by every window). */
export const DB_NAME = 'mam-kiosk';
