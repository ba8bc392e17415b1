type T = (nb: string, en: string) => string;

// The label of every question, by its JSON path in the case. The fields take their label from
// here and so does the problem summary, so a problem always names the field as the user sees it.
const PARTY_OWNER = (role: string, t: T) =>
  role === 'customer' ? t('Kundens', "Customer's") : t('Leverandørens', "Supplier's");
const PARTY_THE = (role: string, t: T) =>
  role === 'customer' ? t('kunden', 'the customer') : t('leverandøren', 'the supplier');
const nth = (index: string) => String(Number(index) + 1);

const FIXED: Record<string, (t: T) => string> = {
  title: (t) => t('Avtalens tittel', 'Title of the agreement'),
  reference: (t) => t('Referanse', 'Reference'),
  language: (t) => t('Avtalens språk', 'Language of the agreement'),
  purpose: (t) => t('Kontrakt eller anbud', 'Contract or tender'),
  'service.name': (t) => t('Tjenestens navn', 'Name of the service'),
  'service.cloudModel': (t) => t('Skymodell', 'Cloud model'),
  'service.description': (t) => t('Beskrivelse av tjenesten', 'Description of the service'),
  'service.personalData': (t) =>
    t('Leverandøren behandler personopplysninger', 'The supplier processes personal data'),
  'service.dataLocation': (t) =>
    t('Hvor dataene lagres og behandles', 'Where the data is stored and processed'),
  'dates.signed': (t) => t('Signeringsdato', 'Date of signing'),
  'dates.start': (t) => t('Oppstartsdato', 'Start date'),
  'dates.deliveryDeadline': (t) => t('Frist for levering', 'Delivery deadline'),
  'dates.durationMonths': (t) => t('Varighet (måneder)', 'Term (months)'),
  'dates.extension.months': (t) => t('Forlengelse (måneder hver)', 'Extension (months each)'),
  'dates.extension.maxTimes': (t) => t('Høyst antall forlengelser', 'Most extensions allowed'),
  'sla.availability': (t) => t('Tilgjengelighet (%)', 'Availability (%)'),
  'sla.serviceHours': (t) => t('Tjenestetid', 'Service hours'),
  'sla.measurementPeriod': (t) => t('Måleperiode', 'Measurement period'),
  'sla.serviceWindow': (t) =>
    t(
      'Avtalt tjenestevindu (ellers gjelder tilgjengeligheten hele døgnet)',
      'Agreed service window (otherwise availability applies to the whole day)',
    ),
  'sla.serviceWindow.days': (t) => t('Dager i tjenestevinduet', 'Days of the service window'),
  'sla.serviceWindow.from': (t) => t('Tjenestevinduet fra (tt:mm)', 'Service window from (hh:mm)'),
  'sla.serviceWindow.to': (t) => t('Tjenestevinduet til (tt:mm)', 'Service window to (hh:mm)'),
  'sla.measurement': (t) => t('Måling av tilgjengeligheten', 'How availability is measured'),
  'sla.severities': (t) => t('Alvorlighetsgrader', 'Severity classes'),
  'sla.credits': (t) =>
    t('Kompensasjon ved lavere tilgjengelighet', 'Credits for lower availability'),
  'sla.creditCapPercent': (t) =>
    t(
      'Tak for kompensasjon (% av prisen for måleperioden)',
      'Cap on credits (% of the fee for the measurement period)',
    ),
  'sla.creditsExclusive': (t) =>
    t(
      'Kompensasjonen er kundens eneste sanksjon når tjenestenivået ikke nås',
      "Credits are the customer's only remedy when the service level is missed",
    ),
  'sla.maintenance.noticeDays': (t) =>
    t('Varsel før planlagt vedlikehold (dager)', 'Notice before planned maintenance (days)'),
  'sla.maintenance.maxHoursPerMonth': (t) =>
    t('Planlagt vedlikehold per måned (timer)', 'Planned maintenance per month (hours)'),
  'sla.maintenance.countsAsDowntime': (t) =>
    t(
      'Planlagt vedlikehold innenfor tjenestevinduet regnes som nedetid',
      'Planned maintenance inside the service window counts as downtime',
    ),
  'prices.currency': (t) => t('Valuta', 'Currency'),
  'prices.vatPercent': (t) => t('Merverdiavgift (%)', 'VAT (%)'),
  'prices.adjustment': (t) => t('Prisjustering', 'Price adjustment'),
  'prices.lines': (t) => t('Pristabellen', 'The price table'),
  'dpa.form': (t) => t('Form', 'Form'),
  'dpa.subjectMatter': (t) => t('Behandlingens gjenstand', 'Subject matter of the processing'),
  'dpa.duration': (t) => t('Behandlingens varighet', 'Duration of the processing'),
  'dpa.nature': (t) => t('Behandlingens art', 'Nature of the processing'),
  'dpa.purpose': (t) => t('Formålet med behandlingen', 'Purpose of the processing'),
  'dpa.dataTypes': (t) => t('Typer personopplysninger', 'Types of personal data'),
  'dpa.specialCategories': (t) =>
    t('Særlige kategorier av personopplysninger', 'Special categories of personal data'),
  'dpa.dataSubjects': (t) => t('Kategorier av registrerte', 'Categories of data subjects'),
  'dpa.instructions': (t) =>
    t('Instrukser fra den behandlingsansvarlige', "The controller's instructions"),
  'dpa.breachNoticeHours': (t) => t('Frist for varsel om brudd (timer)', 'Breach notice (hours)'),
  exit: (t) => t('Avtalen har exitplan', 'The agreement has an exit plan'),
  'exit.triggers': (t) => t('Utløsende hendelser', 'Triggers'),
  'exit.dataFormats': (t) => t('Dataformater (ett per linje)', 'Data formats (one per line)'),
  'exit.destination': (t) => t('Fra hvor og til hvor', 'From where to where'),
  'exit.localCopy': (t) =>
    t('Kunden har lokal kopi av dataene', 'The customer keeps a local copy of the data'),
  'exit.handoverDays': (t) =>
    t('Frist for tilbakelevering (dager)', 'Time limit for handing back the data (days)'),
  'exit.assistanceDays': (t) =>
    t('Bistand etter tilbakelevering (dager)', 'Assistance after the handover (days)'),
  'exit.deletionDays': (t) =>
    t(
      'Sletting etter bekreftet tilbakelevering (dager)',
      'Deletion after the confirmed handover (days)',
    ),
  'exit.costs': (t) => t('Kostnader', 'Costs'),
};

const PATTERNS: [RegExp, (m: string[], t: T) => string][] = [
  [/^(customer|supplier)\.name$/, ([, r = ''], t) => `${PARTY_OWNER(r, t)} ${t('navn', 'name')}`],
  [
    /^(customer|supplier)\.orgNumber$/,
    ([, r = ''], t) => `${PARTY_OWNER(r, t)} ${t('organisasjonsnummer', 'organisation number')}`,
  ],
  [
    /^(customer|supplier)\.address\.street$/,
    ([, r = ''], t) => `${PARTY_OWNER(r, t)} ${t('adresse', 'address')}`,
  ],
  [
    /^(customer|supplier)\.address\.postalCode$/,
    ([, r = ''], t) => `${PARTY_OWNER(r, t)} ${t('postnummer', 'postal code')}`,
  ],
  [
    /^(customer|supplier)\.address\.city$/,
    ([, r = ''], t) => `${PARTY_OWNER(r, t)} ${t('poststed', 'city')}`,
  ],
  [
    /^(customer|supplier)\.representative\.name$/,
    ([, r = ''], t) => `${PARTY_OWNER(r, t)} ${t('representant', 'representative')}`,
  ],
  [
    /^(customer|supplier)\.representative\.title$/,
    ([, r = ''], t) =>
      `${t('Tittel for', 'Title of')} ${PARTY_OWNER(r, t).toLowerCase()} ${t('representant', 'representative')}`,
  ],
  [
    /^(customer|supplier)\.representative\.email$/,
    ([, r = ''], t) =>
      `${t('E-post til', 'E-mail of')} ${PARTY_OWNER(r, t).toLowerCase()} ${t('representant', 'representative')}`,
  ],
  [
    /^(customer|supplier)\.representative\.phone$/,
    ([, r = ''], t) =>
      `${t('Telefon til', 'Phone of')} ${PARTY_OWNER(r, t).toLowerCase()} ${t('representant', 'representative')}`,
  ],
  [
    /^(customer|supplier)\.signatories$/,
    ([, r = ''], t) => `${PARTY_OWNER(r, t)} ${t('underskrivere', 'signatories')}`,
  ],
  [
    /^(customer|supplier)\.signatories\[(\d+)\]\.name$/,
    ([, r = '', i = ''], t) =>
      `${t('Navn på underskriver', 'Name of signatory')} ${nth(i)} (${PARTY_THE(r, t)})`,
  ],
  [
    /^(customer|supplier)\.signatories\[(\d+)\]\.title$/,
    ([, r = '', i = ''], t) =>
      `${t('Tittel for underskriver', 'Title of signatory')} ${nth(i)} (${PARTY_THE(r, t)})`,
  ],
  [
    /^appendices\.(\d+)\.text$/,
    ([, key = ''], t) => `${t('Tekst i bilag', 'Text of appendix')} ${key}`,
  ],
  [/^appendices\.(\d+)(\.included)?$/, ([, key = ''], t) => `${t('Bilag', 'Appendix')} ${key}`],
  [
    /^sla\.credits\[(\d+)\]\.below$/,
    ([, i = ''], t) =>
      `${t('Tilgjengelighet under (%), trinn', 'Availability below (%), step')} ${nth(i)}`,
  ],
  [
    /^sla\.credits\[(\d+)\]\.creditPercent$/,
    ([, i = ''], t) =>
      `${t('Kompensasjon (% av månedsprisen), trinn', 'Credit (% of the monthly fee), step')} ${nth(i)}`,
  ],
  [
    /^sla\.severities\[(\d+)\]\.responseHours$/,
    ([, i = ''], t) =>
      `${t('Responstid (timer), alvorlighetsgrad', 'Response time (hours), severity')} ${nth(i)}`,
  ],
  [
    /^sla\.severities\[(\d+)\]\.fixHours$/,
    ([, i = ''], t) =>
      `${t('Løsningstid (timer), alvorlighetsgrad', 'Fix time (hours), severity')} ${nth(i)}`,
  ],
  ...(
    [
      ['description', 'Beskrivelse', 'Description'],
      ['quantity', 'Antall', 'Quantity'],
      ['unit', 'Enhet', 'Unit'],
      ['unitPrice', 'Enhetspris', 'Unit price'],
      ['recurring', 'Betales', 'Paid'],
    ] as const
  ).map(([field, nb, en]): [RegExp, (m: string[], t: T) => string] => [
    new RegExp(`^prices\\.lines\\[(\\d+)\\]\\.${field}$`),
    ([, i = ''], t) => `${t(`${nb}, linje`, `${en}, line`)} ${nth(i)}`,
  ]),
  ...(
    [
      ['name', 'Navn', 'Name'],
      ['country', 'Land (ISO-kode)', 'Country (ISO code)'],
      ['service', 'Tjeneste', 'Service'],
      ['location', 'Behandlingssted', 'Location'],
      ['transferBasis', 'Overføringsgrunnlag', 'Transfer basis'],
    ] as const
  ).map(([field, nb, en]): [RegExp, (m: string[], t: T) => string] => [
    new RegExp(`^dpa\\.subprocessors\\[(\\d+)\\]\\.${field}$`),
    ([, i = ''], t) => `${t(`${nb}, underdatabehandler`, `${en}, sub-processor`)} ${nth(i)}`,
  ]),
  ...(
    [
      ['clause', 'Punkt-ID', 'Clause ID'],
      ['action', 'Handling', 'Action'],
      ['text', 'Ny tekst', 'New text'],
      ['reason', 'Begrunnelse som trykkes (valgfri)', 'Printed reason (optional)'],
      ['note', 'Internt notat (trykkes ikke)', 'Internal note (not printed)'],
    ] as const
  ).map(([field, nb, en]): [RegExp, (m: string[], t: T) => string] => [
    new RegExp(`^edits\\[(\\d+)\\]\\.${field}$`),
    ([, i = ''], t) => `${t(`${nb}, endring`, `${en}, change`)} ${nth(i)}`,
  ]),
  [
    /^requirements\[(\d+)\]/,
    ([, i = ''], t) => `${t('Sikkerhetskrav', 'Security requirement')} ${nth(i)}`,
  ],
];

/** The label of the question at a JSON path, or null where the path names no question. */
export function fieldLabel(path: string, t: T): string | null {
  const fixed = FIXED[path];
  if (fixed) return fixed(t);
  for (const [pattern, label] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return label([...match], t);
  }
  return null;
}

/**
 * The plain name of whatever a problem's path points at: the question's label, or that of the
 * nearest part of the case that has one («Kundens navn», «Bilag 4»).
 */
export function describePath(path: string, t: T): string {
  for (let probe = path; probe !== '';) {
    const label = fieldLabel(probe, t);
    if (label) return label;
    const cut = Math.max(probe.lastIndexOf('.'), probe.lastIndexOf('['));
    if (cut <= 0) break;
    probe = probe.slice(0, cut);
  }
  return SECTION_NAMES[path.split(/[.[]/)[0] ?? '']?.(t) ?? t('Avtalen', 'The agreement');
}

const SECTION_NAMES: Record<string, (t: T) => string> = {
  customer: (t) => t('Kunden', 'The customer'),
  supplier: (t) => t('Leverandøren', 'The supplier'),
  service: (t) => t('Tjenesten', 'The service'),
  dates: (t) => t('Datoene', 'The dates'),
  appendices: (t) => t('Bilagene', 'The appendices'),
  sla: (t) => t('Tjenestenivået', 'The service level'),
  prices: (t) => t('Prisene', 'The prices'),
  requirements: (t) => t('Sikkerhetskravene', 'The security requirements'),
  coverageAppendix: (t) => t('Dekningsbilaget', 'The coverage appendix'),
  dpa: (t) => t('Databehandleravtalen', 'The data processing agreement'),
  exit: (t) => t('Exitplanen', 'The exit plan'),
  edits: (t) => t('Endringene', 'The changes'),
  profile: (t) => t('Svarene om anskaffelsen', 'The answers about the purchase'),
  agreement: (t) => t('Avtaletypen', 'The agreement type'),
};
