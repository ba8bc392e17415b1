import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DataTable } from '../../../renderer/src/components/data-table';
import { renderWithCase, sampleCase } from './render-markup';

vi.mock('../../../renderer/src/api', () => ({ setMessageLanguage: () => undefined }));

interface Row {
  name: string;
  hours: number;
}

const ROWS: Row[] = [
  { name: 'Kritisk', hours: 4 },
  { name: 'Høy', hours: 8 },
];

const editing = {
  addLabel: 'Legg til rad',
  onAdd: () => undefined,
  removeLabel: (i: number) => `Fjern rad ${i + 1}`,
  onRemove: () => undefined,
};

function table(props: Partial<Parameters<typeof DataTable<Row>>[0]> = {}) {
  return renderWithCase(sampleCase(), () =>
    createElement(DataTable<Row>, {
      caption: 'Alvorlighetsgrader',
      columns: [
        { header: 'Grad', rowHeader: true, cell: (row) => row.name },
        { header: 'Timer', cell: (row) => String(row.hours) },
      ],
      rows: ROWS,
      ...props,
    }),
  );
}

describe('DataTable', () => {
  it('has a caption, column headers and row headers with their scope', () => {
    const html = table();
    expect(html).toContain('<caption>Alvorlighetsgrader</caption>');
    expect(html).toContain('<th scope="col">Grad</th><th scope="col">Timer</th>');
    expect(html).toContain('<th scope="row">Kritisk</th><td>4</td>');
    expect(html).toContain('<th scope="row">Høy</th><td>8</td>');
    expect(html).not.toContain('<button');
  });

  it('keeps a caption for screen readers only, and marks the rows it is told to', () => {
    const html = table({
      hideCaption: true,
      rowClassName: (row) => (row.hours > 4 ? 'current' : undefined),
    });
    expect(html).toContain('<caption class="visually-hidden">Alvorlighetsgrader</caption>');
    expect(html).toContain('<tr><th scope="row">Kritisk</th>');
    expect(html).toContain('<tr class="current"><th scope="row">Høy</th>');
  });

  it('gives each row a remove button that names the row, and one add button', () => {
    const html = table({ editing });
    expect(html).toContain('<span class="visually-hidden">Fjern</span>');
    expect(html).toContain('>Fjern rad 1</button>');
    expect(html).toContain('>Fjern rad 2</button>');
    expect(html.match(/>Legg til rad<\/button>/g)).toHaveLength(1);
    expect(html.match(/type="button"/g)).toHaveLength(3);
  });

  it('says so in place of an empty table, and can still add a row', () => {
    const html = table({ rows: [], empty: 'Ingen rader.', editing });
    expect(html).not.toContain('<table');
    expect(html).toContain('Alvorlighetsgrader');
    expect(html).toContain('<p class="muted">Ingen rader.</p>');
    expect(html).toContain('>Legg til rad</button>');
  });

  it('shows the problems located at the list under it', () => {
    const html = renderWithCase(
      sampleCase(),
      () =>
        createElement(DataTable<Row>, {
          caption: 'Trinn',
          columns: [{ header: 'Timer', cell: (row) => String(row.hours) }],
          rows: ROWS,
          path: 'sla.credits',
        }),
      [{ severity: 'error', code: 'order', path: 'sla.credits', message: 'Trinnene må synke' }],
    );
    expect(html).toMatch(/<\/table><div id="f-sla-credits-problem"[^>]*><p[^>]*>Trinnene må synke/);
  });
});
