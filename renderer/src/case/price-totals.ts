export type Recurrence = 'once' | 'month' | 'year';

export interface PriceLineLike {
  quantity?: number;
  unitPrice?: number;
  recurring?: Recurrence;
}

export interface Totals {
  recurring: Recurrence;
  netCents: number;
  vatCents: number;
  grossCents: number;
}

/** A line's amount in whole øre, so sums never drift. */
export function lineCents(line: PriceLineLike): number {
  const quantity = Number.isFinite(line.quantity) ? (line.quantity ?? 0) : 0;
  const unitPrice = Number.isFinite(line.unitPrice) ? (line.unitPrice ?? 0) : 0;
  return Math.round(quantity * unitPrice * 100);
}

/** Totals per recurrence with VAT kept apart, as the generated price appendix shows them. */
export function priceTotals(lines: PriceLineLike[], vatPercent: number): Totals[] {
  const order: Recurrence[] = [];
  const net = new Map<Recurrence, number>();
  for (const line of lines) {
    const recurring = line.recurring ?? 'once';
    if (!net.has(recurring)) order.push(recurring);
    net.set(recurring, (net.get(recurring) ?? 0) + lineCents(line));
  }
  return order.map((recurring) => {
    const netCents = net.get(recurring) ?? 0;
    const vatCents = Math.round((netCents * vatPercent) / 100);
    return { recurring, netCents, vatCents, grossCents: netCents + vatCents };
  });
}

export function formatMoney(cents: number, currency: string, lang: 'nb' | 'en'): string {
  const amount = (cents / 100).toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `${currency} ${amount}`;
}
