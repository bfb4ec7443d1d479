/** Writes career-ladder pages in the site's format, for import tests. */
export interface ColumnSpec {
  name: string;
  bold?: boolean;
  /** Markdown of the cell. */
  content: string;
}

export interface SectionSpec {
  heading: string;
  shape: 'horizontal' | 'stacked';
  columns: ColumnSpec[];
  after?: string;
}

const style = (c: ColumnSpec) => (c.bold ? ' style="font-weight:bold"' : '');

function table(s: SectionSpec): string {
  if (s.shape === 'horizontal') {
    const names = s.columns.map((c) => `<td${style(c)}>\n\n${c.name}\n\n</td>`).join('\n');
    const values = s.columns
      .map((c) => `<td  markdown="1"${style(c)}>\n\n${c.content}\n\n</td>`)
      .join('\n');
    return `<table  markdown="1">\n<tr>\n${names}\n</tr>\n<tr>\n${values}\n</tr>\n</table>`;
  }
  const rows = s.columns
    .map(
      (c) =>
        `<tr><td${style(c)}>\n\n${c.name}\n\n</td></tr>\n<tr><td markdown="1"${style(c)}>\n\n${c.content}\n\n</td></tr>`,
    )
    .join('\n');
  return `<table  markdown="1">\n${rows}\n</table>`;
}

export function page(spec: {
  title: string;
  track?: string;
  order?: number;
  sections: SectionSpec[];
}): string {
  const front = [
    '---',
    `title: ${spec.title}`,
    'layout: page',
    ...(spec.order !== undefined ? [`order: ${spec.order}`] : []),
    '---',
    '',
  ];
  const heading = `# ${spec.title}${spec.track ? ` (${spec.track} Path)` : ''}`;
  const body = spec.sections.map(
    (s) => `### ${s.heading}\n${table(s)}\n\n${s.after ? `${s.after}\n\n` : ''}`,
  );
  return [...front, heading, ...body].join('\n');
}
