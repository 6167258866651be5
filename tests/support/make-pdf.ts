/**
 * Writes small, valid PDF files for tests: text pages in Helvetica, and the broken shapes
 * real councils sometimes serve (encrypted, scanned, truncated). No PDF library: the format
 * is simple enough to write by hand, and this keeps the fixtures transparent.
 */

function escapeText(text: string): string {
  // WinAnsiEncoding covers Latin-1, so "£" (0xA3) is written as an octal escape; anything else becomes "?".
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\(/g, '\\(')
    .replace(/\)/g, '\\)')
    .replace(/[^\x20-\x7e]/g, (character) =>
      character.charCodeAt(0) >= 0xa0 && character.charCodeAt(0) <= 0xff ? `\\${character.charCodeAt(0).toString(8)}` : '?',
    );
}

export interface MakePdfOptions {
  /** Adds a Standard security handler whose user password is not empty: readers must ask for it. */
  encrypted?: boolean;
}

/** One array of lines per page; an empty array is a page with no text (like a scan). */
export function makePdf(pages: readonly (readonly string[])[], options: MakePdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesId = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageIds: number[] = [];
  for (const lines of pages) {
    const content = lines.length
      ? `BT /F1 11 Tf 14 TL 56 780 Td ${lines.map((line) => `(${escapeText(line)}) Tj T*`).join(' ')} ET`
      : 'q 0.9 g 56 56 480 700 re f Q';
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    pageIds.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  const encrypt = options.encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> >>`) : undefined;

  return serialise(objects, `/Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : ''}`);
}

/** Numbered objects (1, 2, …), a cross-reference table and a trailer: the whole file. */
function serialise(objects: readonly string[], trailer: string): Uint8Array {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (character) => character.charCodeAt(0) & 0xff);
}

/** A reports pack: a frontsheet listing items with "(Pages x to y)", then one report per item. */
export function makeReportsPack(itemCount: number, pagesPerItem = 3): Uint8Array {
  const frontsheet = ['Example Borough Council', 'Cabinet', 'Tuesday 3 March 2026 7.00 pm', 'AGENDA'];
  const reports: string[][] = [];
  let page = 2;
  for (let item = 1; item <= itemCount; item += 1) {
    frontsheet.push(`${item}.`, `Report on topic ${item}`, `To consider the report on topic ${item}. (Pages ${page} to ${page + pagesPerItem - 1})`);
    for (let p = 0; p < pagesPerItem; p += 1) {
      reports.push(
        p === 0
          ? [
              `Report on topic ${item}`,
              'Purpose of report',
              `This report asks Cabinet to agree a new approach to topic ${item} across the borough.`,
              'Recommendations',
              `1. That Cabinet approves the plan for topic ${item} at a cost of £${item}.5m over 2026/27.`,
              `2. That authority is delegated to the Director to award contracts for topic ${item}.`,
              '3. Background',
              `Demand for topic ${item} has risen by ${10 + item}% since 2021 and ${100 + item} residents responded to the consultation.`,
              `The current arrangements for topic ${item} end on 31 March 2027 and cannot be extended.`,
            ]
          : [
              `Further detail on topic ${item}, page ${p + 1}.`,
              `The service for topic ${item} reaches ${200 + p} households in ${item + 2} wards.`,
              `Officers considered alternatives for topic ${item} and rejected them as unaffordable.`,
            ],
      );
      page += 1;
    }
  }
  return makePdf([frontsheet, ...reports]);
}

/**
 * A hostile shape: every page shares one content stream full of text, so a file of a few
 * kilobytes makes a reader lay out `pageCount × showsPerPage` pieces of text. (A 166 KB file of
 * this kind once kept a browser core busy for about 8 minutes.)
 */
export function makeSharedStreamPdf(pageCount: number, showsPerPage: number): Uint8Array {
  // Each line a fraction of a point below the last, so all of them stay on the page (readers skip text off it).
  const step = Math.min(8, 800 / showsPerPage).toFixed(3);
  const content = `BT /F1 1 Tf 20 830 Td ${`(Lorem ipsum dolor) Tj 0 -${step} Td `.repeat(showsPerPage)}ET`;
  const kids = Array.from({ length: pageCount }, (_, index) => `${index + 5} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...Array.from(
      { length: pageCount },
      () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>',
    ),
  ];
  return serialise(objects, '/Root 1 0 R');
}
