import type { AgreementKind } from '../case/case-schema';
import type { LocalizedText } from '../errors';

/** The few questions that decide which standard agreement fits a cloud purchase. */
export interface PurchaseProfile {
  /** A standardised service (SaaS) bought as an ongoing delivery. */
  standardService: boolean;
  /** How much the supplier must implement, configure or integrate. */
  implementation: 'none' | 'limited' | 'significant';
  /** The customer builds on a cloud platform (IaaS/PaaS), often through a cloud partner. */
  platformUse: boolean;
  /** Only licences or subscriptions, taken into use with little help. */
  licencesOnly: boolean;
  personalData: boolean;
}

export interface Recommendation {
  agreement: AgreementKind;
  reasons: LocalizedText[];
  /** Things to arrange besides the agreement itself. */
  notes: LocalizedText[];
}

const REASONS = {
  platform: {
    nb: 'Kjøpet gjelder bruk av en skyplattform, som SSA-Sky er laget for (tilrettelegging, etablering og forvaltning).',
    nn: 'Kjøpet gjeld bruk av ei skyplattform, som SSA-Sky er laga for (tilrettelegging, etablering og forvalting).',
    en: 'The purchase concerns use of a cloud platform, which SSA-Sky is made for (facilitation, establishment and management).',
  },
  significant: {
    nb: 'Leveransen krever betydelig implementering og konfigurering; SSA-Sky har en etableringsfase med godkjenningsprøve per tjeneste.',
    nn: 'Leveransen krev mykje implementering og konfigurering; SSA-Sky har ein etableringsfase med godkjenningsprøve per teneste.',
    en: 'The delivery needs significant implementation and configuration; SSA-Sky has an establishment phase with an acceptance test per service.',
  },
  licences: {
    nb: 'Kjøpet gjelder bare lisenser eller abonnement som tas i bruk uten særlig bistand; SSA-Lille sky er den korte formen for dette.',
    nn: 'Kjøpet gjeld berre lisensar eller abonnement som blir tekne i bruk utan særleg hjelp; SSA-Lille sky er den korte forma for dette.',
    en: 'The purchase is only licences or subscriptions taken into use with little help; SSA-Lille sky is the short form for this.',
  },
  simple: {
    nb: 'Tjenesten kan tas i bruk uten implementering; SSA-Lille sky passer for enkle skykjøp med få tilleggstjenester.',
    nn: 'Tenesta kan takast i bruk utan implementering; SSA-Lille sky passar for enkle skykjøp med få tilleggstenester.',
    en: 'The service can be taken into use without implementation; SSA-Lille sky fits simple cloud purchases with few add-on services.',
  },
  standard: {
    nb: 'Kjøpet gjelder en standardisert tjeneste som løpende leveranse med begrenset etablering; det er dette SSA-L er laget for.',
    nn: 'Kjøpet gjeld ei standardisert teneste som løpande leveranse med avgrensa etablering; det er dette SSA-L er laga for.',
    en: 'The purchase is a standardised service bought as an ongoing delivery with limited set-up, which is what SSA-L is made for.',
  },
} satisfies Record<string, LocalizedText>;

const DPA_NOTE: LocalizedText = {
  nb: 'Leverandøren skal behandle personopplysninger: inngå en databehandleravtale (GDPR art. 28).',
  nn: 'Leverandøren skal behandle personopplysningar: inngå ein databehandlaravtale (GDPR art. 28).',
  en: 'The supplier will process personal data: enter into a data processing agreement (GDPR art. 28).',
};

/** Recommends SSA-L, SSA-Sky or SSA-Lille sky from the purchase profile, with the reasons. */
export function recommendAgreement(profile: PurchaseProfile): Recommendation {
  const notes = profile.personalData ? [DPA_NOTE] : [];
  if (profile.platformUse || profile.implementation === 'significant') {
    const reasons = [
      ...(profile.platformUse ? [REASONS.platform] : []),
      ...(profile.implementation === 'significant' ? [REASONS.significant] : []),
    ];
    return { agreement: 'ssa-sky', reasons, notes };
  }
  if (profile.licencesOnly)
    return { agreement: 'ssa-lille-sky', reasons: [REASONS.licences], notes };
  if (profile.standardService) return { agreement: 'ssa-l', reasons: [REASONS.standard], notes };
  return { agreement: 'ssa-lille-sky', reasons: [REASONS.simple], notes };
}
