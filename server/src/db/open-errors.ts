/**
 * What went wrong opening the database, in plain words for whoever starts the service.
 * The file is left as it is: the collector never replaces a database it cannot read.
 */
export function openErrorMessage(err: unknown, url: string): string {
  const e = err as { code?: string; message?: string };
  const where = /^postgres(ql)?:\/\//.test(url) ? 'the PostgreSQL database' : url;
  switch (e.code) {
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return `The database file ${where} is damaged or is not a collector database. It was left untouched. Restore a backup (restore <file>) or move it away.`;
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return `The database file ${where} is locked by another program (another collector, a backup or a query tool). Stop it and start again. Nothing was changed.`;
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_READONLY':
    case 'EACCES':
      return `The database file ${where} cannot be opened for writing (check the path and its permissions).`;
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
      return `${where} cannot be reached (${e.code}): check COLLECTOR_DATABASE_URL and that PostgreSQL is running.`;
    default:
      return `The database ${where} could not be opened: ${e.message ?? String(err)}`;
  }
}
