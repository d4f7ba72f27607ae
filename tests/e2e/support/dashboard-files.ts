import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** Reads a downloaded CSV as a spreadsheet would (the BOM is not part of the first header). */
export function readCsv(bytes: Buffer): Record<string, string>[] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const r = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (r.errors.length) throw new Error(`CSV: ${JSON.stringify(r.errors)}`);
  return r.data;
}

// Values as text; exceljs gives numbers for numbers, strings for text (never formulas here).
const cell = (x: unknown): string => (typeof x === 'string' || typeof x === 'number' ? String(x) : '');

export async function readXlsx(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    sheets: wb.worksheets.map((w) => w.name),
    rows(name: string): Record<string, string>[] {
      const ws = wb.getWorksheet(name)!;
      const head = (ws.getRow(1).values as unknown[]).slice(1).map(cell);
      const out: Record<string, string>[] = [];
      ws.eachRow((row, n) => {
        if (n === 1) return;
        const v = (row.values as unknown[]).slice(1);
        out.push(Object.fromEntries(head.map((h, i) => [h, cell(v[i])])));
      });
      return out;
    },
  };
}

export const readJson = (bytes: Buffer): unknown[] => JSON.parse(bytes.toString('utf8')) as unknown[];
