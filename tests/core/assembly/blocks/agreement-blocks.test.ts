import { describe, expect, it } from 'vitest';
import { AGREEMENT_BLOCKS } from '../../../../electron/core/assembly/blocks/agreement-blocks';
import type { BlockContext } from '../../../../electron/core/assembly/data-blocks';
import { CaseSchema, type Language } from '../../../../electron/core/case/case-schema';
import { plainText, type Block } from '../../../../electron/core/document/model';
import { loadExample } from '../../../fixtures/cases';

function slaText(sla: Record<string, unknown>, lang: Language): string {
  const input = loadExample();
  input.sla = sla as typeof input.sla;
  const context = { case: CaseSchema.parse(input), lang } as BlockContext;
  return AGREEMENT_BLOCKS.sla!(context)
    .map((b: Block) =>
      b.kind === 'table'
        ? [b.header, ...b.rows].map((r) => r.join(' | ')).join('\n')
        : b.kind === 'paragraph'
          ? plainText(b.content)
          : '',
    )
    .join('\n');
}

const credits = [
  { below: 99.5, creditPercent: 5 },
  { below: 99, creditPercent: 10 },
];

describe('the service-level appendix', () => {
  it('computes downtime over the service window and says so, in every language', () => {
    const sla = {
      availability: 99,
      serviceWindow: { days: 'weekdays', from: '07:00', to: '17:00' },
      measurementPeriod: 'quarter',
    };
    expect(slaText(sla, 'nb')).toContain(
      'Kvartal (¼ år) | 99\u00a0% | 6\u00a0t 31\u00a0min 4\u00a0s',
    );
    expect(slaText(sla, 'nb')).toContain(
      'beregnet over avtalt tjenestetid (hverdager (mandag–fredag) 07:00–17:00), ikke over hele døgnet',
    );
    expect(slaText(sla, 'nn')).toContain('rekna over avtalt tenestetid (kvardagar');
    expect(slaText(sla, 'en')).toContain('computed over the agreed service window (weekdays');
  });

  it('says plainly when the figures are computed over the whole day', () => {
    const sla = { availability: 99.9, measurementPeriod: 'year' };
    expect(slaText(sla, 'nb')).toContain('beregnet over hele døgnet, alle dager');
    expect(slaText(sla, 'nn')).toContain('rekna over heile døgeret, alle dagar');
    expect(slaText(sla, 'en')).toContain('computed over the whole day, every day');
    expect(slaText(sla, 'nb').match(/^År \|/gm)).toHaveLength(1);
  });

  it('sets out response and fix times per severity class, downtime, maintenance and measurement', () => {
    const nb = slaText({ availability: 99.9 }, 'nb');
    expect(nb).toContain(
      'A – Kritisk: tjenesten er utilgjengelig, eller data er tapt eller kompromittert | 1\u00a0t | 4\u00a0t',
    );
    expect(nb).toContain(
      'D – Lav: mindre feil og avvik uten betydning for bruken | 40\u00a0t | 160\u00a0t',
    );
    expect(nb).toContain('Nedetid | Tid da tjenesten');
    expect(nb).toContain('Planlagt vedlikehold | Varsles minst 5 dager i forveien');
    expect(nb).toContain('Måling | Automatisk måling minst hvert femte minutt');
    const en = slaText(
      { availability: 99.9, severities: [{ severity: 'high', responseHours: 0.5, fixHours: 6 }] },
      'en',
    );
    expect(en).toContain(
      'B – Serious: important functions fail, with no workaround | 0.5\u00a0h | 6\u00a0h',
    );
    expect(slaText({ availability: 99.9 }, 'nn')).toContain(
      'Planlagt vedlikehald | Blir varsla minst 5 dagar',
    );
  });

  it('states the cap on credits and whether they are the only remedy', () => {
    expect(slaText({ availability: 99.9, credits }, 'nb')).toContain(
      'Tak på kompensasjon | Samlet kompensasjon for en måleperiode er høyst 10\u00a0% av vederlaget',
    );
    expect(slaText({ availability: 99.9, credits, creditCapPercent: 15 }, 'en')).toContain(
      'total at most 15% of the fee',
    );
    expect(slaText({ availability: 99.9, credits }, 'nb')).toContain(
      'Andre sanksjoner | Kompensasjonen utelukker ikke',
    );
    expect(slaText({ availability: 99.9, credits, creditsExclusive: true }, 'nn')).toContain(
      'Andre sanksjonar | Kompensasjonen er den einaste sanksjonen',
    );
  });
});
