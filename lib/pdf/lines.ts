/**
 * Rebuilding reading order from pdf.js text items. pdf.js returns items in content-stream
 * order, which glues words across lines; grouping by baseline and sorting by x matches
 * `pdftotext -layout` reading order on council PDFs.
 */

export interface TextItem {
  str: string;
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
}

interface Positioned {
  text: string;
  x: number;
  y: number;
  end: number;
  size: number;
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
    positioned.push({ text: item.str, x, y, end: x + item.width, size });
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
      for (const item of row) {
        // A gap wider than a fifth of the font size is a space the PDF did not write.
        if (lastEnd !== undefined && item.x - lastEnd > item.size * 0.2 && !line.endsWith(' ') && !item.text.startsWith(' ')) line += ' ';
        line += item.text;
        lastEnd = item.end;
      }
      const text = line.replace(/\s+/g, ' ').trim();
      const y = row[0]!.y;
      const gap = previousY === undefined ? 0 : Math.round((previousY - y) * 10) / 10;
      if (text) previousY = y;
      return { text, size: Math.round(Math.max(...row.map((item) => item.size)) * 10) / 10, gap, x: Math.round(row[0]!.x) };
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
