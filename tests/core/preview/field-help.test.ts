import { describe, expect, it } from 'vitest';
import { caseHelp } from '../../../electron/core/preview/field-help';
import { loadLibrary } from '../../../electron/node/templates/load-library';
import { EXAMPLES, loadExample } from '../../fixtures/cases';

const library = loadLibrary();

describe('caseHelp', () => {
  it('gives each appendix the guidance its template holds, ticked or not', () => {
    const c = loadExample(EXAMPLES.ssaSky);
    c.appendices = {};
    const help = caseHelp(c, library, null);
    const exit = help.find((h) => h.path === 'appendices.12');
    expect(exit?.source).toMatch(/^Bilag 12/);
    expect(exit?.texts.join(' ')).toMatch(/konkurs/);
    // The exit plan's questions share the exit appendix's guidance.
    expect(help.find((h) => h.path === 'exit')?.texts).toEqual(exit?.texts);
  });

  it('follows the language of the templates asked for', () => {
    const help = caseHelp(loadExample(EXAMPLES.ssaL), library, 'en');
    const sla = help.find((h) => h.path === 'sla');
    expect(sla?.source).toMatch(/^Appendix 4/);
    expect(help.find((h) => h.path === 'dpa')).toBeDefined();
  });

  it('has no help for what is not a case', () => {
    expect(caseHelp([], library, null)).toEqual([]);
  });
});
