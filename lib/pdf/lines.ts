/**
 * Rebuilding reading order from pdf.js text items. pdf.js returns items in content-stream
 * order, which glues words across lines; grouping by baseline and sorting by x matches
 * `pdftotext -layout` reading order on council PDFs.
 */

export interface TextItem {
  str: string;
  /** pdf.js's name for the item's font ("g_d0_f4"): the same name for the same face across a document. */
  fontName?: string;
  /** [a, b, c, d, e, f]: e and f are the x and y of the baseline start. */
  transform: number[];
  width: number;
  height: number;
}

export interface PageLines {
  /** 1-based page number. */
  page: number;
  lines: string[];
  /** Where pdf.js gave it: each line's font size and the space above it, for finding headings by layout. */
  layout?: LineLayout[];
}

export interface LineLayout {
  /** The largest font size on the line (pt). */
  size: number;
  /** Baseline distance from the line above (pt); 0 for a page's first line. */
  gap: number;
  /** Where the line starts (pt from the left). */
  x: number;
  /**
   * The font that sets most of the line's characters. pdf.js does not say which face is bold, but
   * a heading set in another face than the body's (bold, most often) still tells: see structure.ts.
   */
  face?: string;
  /** A table row's cells, where a gap wider than two spaces' worth splits the line into columns. */
  cells?: { x: number; text: string }[];
}

interface Positioned {
  text: string;
  x: number;
  y: number;
  end: number;
  size: number;
  face: string;
}

/** Groups items whose baselines are within a fraction of the font size, then orders lines top to bottom. */
export function linesFromItems(items: readonly TextItem[]): string[] {
  return laidOutLinesFromItems(items).map((line) => line.text);
}

/** The same lines, each with its layout (font size, space above, left edge). */
export function laidOutLinesFromItems(items: readonly TextItem[]): ({ text: string } & LineLayout)[] {
  const positioned: Positioned[] = [];
  for (const item of items) {
    if (!item.str) continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? item.height) || item.height || 10;
    positioned.push({ text: item.str, x, y, end: x + item.width, size, face: item.fontName ?? '' });
  }
  // Top to bottom (PDF y grows upwards), then left to right.
  positioned.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Positioned[][] = [];
  for (const item of positioned) {
    const row = rows[rows.length - 1];
    const anchor = row?.[0];
    // Superscripts and subscripts sit a little off the baseline: within half a font size is the same line.
    if (row && anchor && Math.abs(anchor.y - item.y) <= Math.max(anchor.size, item.size) * 0.5) row.push(item);
    else rows.push([item]);
  }
  let previousY: number | undefined;
  return rows
    .map((row) => {
      row.sort((a, b) => a.x - b.x);
      let line = '';
      let lastEnd: number | undefined;
      const cells: { x: number; text: string }[] = [];
      const faces = new Map<string, number>();
      for (const item of row) {
        // A gap wider than a fifth of the font size is a space the PDF did not write.
        if (lastEnd !== undefined && item.x - lastEnd > item.size * 0.2 && !line.endsWith(' ') && !item.text.startsWith(' ')) line += ' ';
        // Wider than two ems: the next column of a table (justified text never stretches a space that far).
        if (lastEnd === undefined || item.x - lastEnd > item.size * 2) cells.push({ x: Math.round(item.x), text: '' });
        cells[cells.length - 1]!.text += item.text;
        line += item.text;
        lastEnd = item.end;
        if (item.text.trim()) faces.set(item.face, (faces.get(item.face) ?? 0) + item.text.length);
      }
      const text = line.replace(/\s+/g, ' ').trim();
      const y = row[0]!.y;
      const gap = previousY === undefined ? 0 : Math.round((previousY - y) * 10) / 10;
      if (text) previousY = y;
      const face = [...faces].sort((a, b) => b[1] - a[1])[0]?.[0];
      const columns = cells.map((cell) => ({ x: cell.x, text: cell.text.replace(/\s+/g, ' ').trim() })).filter((cell) => cell.text);
      return {
        text,
        size: Math.round(Math.max(...row.map((item) => item.size)) * 10) / 10,
        gap,
        x: Math.round(row[0]!.x),
        ...(face ? { face } : {}),
        ...(columns.length > 1 ? { cells: columns } : {}),
      };
    })
    .filter((line) => line.text);
}

const PAGE_NUMBER = /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i;

/**
 * Drops running headers and footers (the same first or last lines on many pages, ignoring
 * digits) and bare page numbers, which would otherwise repeat through every summary.
 */
export function removeRunningLines(pages: readonly PageLines[]): PageLines[] {
  if (pages.length < 3) {
    return pages.map((page) => ({
      ...page,
      lines: page.lines.filter((line) => !PAGE_NUMBER.test(line)),
      ...(page.layout ? { layout: page.layout.filter((_, index) => !PAGE_NUMBER.test(page.lines[index]!)) } : {}),
    }));
  }
  const shape = (line: string) => line.replace(/\d+/g, '#').toLowerCase();
  const counts = new Map<string, number>();
  for (const page of pages) {
    const edge = new Set([...page.lines.slice(0, 2), ...page.lines.slice(-2)].map(shape));
    for (const key of edge) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(3, Math.ceil(pages.length * 0.6));
  const running = new Set([...counts].filter(([, count]) => count >= threshold).map(([key]) => key));
  return pages.map((page) => {
    const keep = page.lines.map((line, index) => {
      if (PAGE_NUMBER.test(line)) return false;
      const atEdge = index < 2 || index >= page.lines.length - 2;
      return !(atEdge && running.has(shape(line)));
    });
    return {
      page: page.page,
      lines: page.lines.filter((_, index) => keep[index]),
      ...(page.layout ? { layout: page.layout.filter((_, index) => keep[index]) } : {}),
    };
  });
}
