import { AGREEMENT_KINDS, type AgreementKind } from '../case/case-schema';
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

/** How one of the three agreements fits the purchase. */
export interface AgreementFit {
  agreement: AgreementKind;
  recommended: boolean;
  /** Why it fits, or why it was not chosen. */
  reasons: LocalizedText[];
}

export interface Recommendation {
  agreement: AgreementKind;
  /** Why the recommended agreement fits (its entry in `fits`). */
  reasons: LocalizedText[];
  /** Every agreement, in the order of `AGREEMENT_KINDS`, with why it fits or does not. */
  fits: AgreementFit[];
  /** Answers that point to different agreements at once, in plain words. */
  contradictions: LocalizedText[];
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
  unclear: {
    nb: 'Ingen av svarene peker mot SSA-L eller SSA-Sky, og det trengs bare begrenset implementering; SSA-Lille sky er den korte formen, men sjekk at bistanden leverandøren skal gi er godt nok beskrevet.',
    nn: 'Ingen av svara peikar mot SSA-L eller SSA-Sky, og det trengst berre avgrensa implementering; SSA-Lille sky er den korte forma, men sjekk at hjelpa leverandøren skal gi er godt nok skildra.',
    en: 'None of the answers points to SSA-L or SSA-Sky, and only limited implementation is needed; SSA-Lille sky is the short form, but check that the help the supplier gives is described well enough.',
  },
  standard: {
    nb: 'Kjøpet gjelder en standardisert tjeneste som løpende leveranse med begrenset etablering; det er dette SSA-L er laget for.',
    nn: 'Kjøpet gjeld ei standardisert teneste som løpande leveranse med avgrensa etablering; det er dette SSA-L er laga for.',
    en: 'The purchase is a standardised service bought as an ongoing delivery with limited set-up, which is what SSA-L is made for.',
  },
} satisfies Record<string, LocalizedText>;

// Why an agreement was not the one recommended.
const NOT_CHOSEN = {
  skyNeither: {
    nb: 'SSA-Sky passer ikke så godt: kjøpet gjelder verken en skyplattform eller betydelig implementering, og SSA-Skys etablering og forvaltning er mer avtale enn kjøpet trenger.',
    nn: 'SSA-Sky passar ikkje så godt: kjøpet gjeld verken ei skyplattform eller mykje implementering, og etableringa og forvaltinga i SSA-Sky er meir avtale enn kjøpet treng.',
    en: 'SSA-Sky fits less well: the purchase is neither platform use nor significant implementation, and its establishment and management are more agreement than the purchase needs.',
  },
  lPlatform: {
    nb: 'SSA-L passer ikke så godt: den er laget for standardiserte tjenester, ikke for kundens egne løsninger på en skyplattform.',
    nn: 'SSA-L passar ikkje så godt: ho er laga for standardiserte tenester, ikkje for eigne løysingar kunden byggjer på ei skyplattform.',
    en: "SSA-L fits less well: it is made for standardised services, not for the customer's own solutions on a cloud platform.",
  },
  lSignificant: {
    nb: 'SSA-L passer ikke så godt: den har bare en begrenset etableringsfase, og betydelig implementering trenger SSA-Skys etablering med godkjenningsprøve.',
    nn: 'SSA-L passar ikkje så godt: ho har berre ein avgrensa etableringsfase, og mykje implementering treng etableringa med godkjenningsprøve i SSA-Sky.',
    en: "SSA-L fits less well: its establishment phase is limited, and significant implementation needs SSA-Sky's establishment with acceptance tests.",
  },
  lLicences: {
    nb: 'SSA-L passer ikke så godt: den er mer omfattende enn et rent kjøp av lisenser eller abonnement trenger.',
    nn: 'SSA-L passar ikkje så godt: ho er meir omfattande enn eit reint kjøp av lisensar eller abonnement treng.',
    en: 'SSA-L fits less well: it is more than a plain purchase of licences or subscriptions needs.',
  },
  lNotStandard: {
    nb: 'SSA-L passer ikke så godt: den forutsetter en standardisert tjeneste, og du har svart at tjenesten ikke er det.',
    nn: 'SSA-L passar ikkje så godt: ho føreset ei standardisert teneste, og du har svart at tenesta ikkje er det.',
    en: 'SSA-L fits less well: it assumes a standardised service, and you answered that the service is not one.',
  },
  lilleSignificant: {
    nb: 'SSA-Lille sky passer ikke: den har ingen etableringsfase og er ikke laget for leveranser som krever betydelig implementering.',
    nn: 'SSA-Lille sky passar ikkje: ho har ingen etableringsfase og er ikkje laga for leveransar som krev mykje implementering.',
    en: 'SSA-Lille sky does not fit: it has no establishment phase and is not made for deliveries that need significant implementation.',
  },
  lillePlatform: {
    nb: 'SSA-Lille sky passer ikke: den er ikke laget for bruk av en skyplattform der kunden bygger egne løsninger.',
    nn: 'SSA-Lille sky passar ikkje: ho er ikkje laga for bruk av ei skyplattform der kunden byggjer eigne løysingar.',
    en: 'SSA-Lille sky does not fit: it is not made for use of a cloud platform on which the customer builds its own solutions.',
  },
  lilleMore: {
    nb: 'SSA-Lille sky passer ikke så godt: kjøpet er mer enn lisenser eller abonnement, og SSA-L regulerer en løpende tjenesteleveranse grundigere.',
    nn: 'SSA-Lille sky passar ikkje så godt: kjøpet er meir enn lisensar eller abonnement, og SSA-L regulerer ei løpande tenesteleveranse grundigare.',
    en: 'SSA-Lille sky fits less well: the purchase is more than licences or subscriptions, and SSA-L governs an ongoing service delivery more thoroughly.',
  },
} satisfies Record<string, LocalizedText>;

const IMPLEMENTATION_WORDS = {
  limited: { nb: 'begrenset', nn: 'avgrensa', en: 'limited' },
  significant: { nb: 'betydelig', nn: 'mykje', en: 'significant' },
} satisfies Record<string, LocalizedText>;

/** Answers that cannot all be true of one purchase, each saying which agreements they point to. */
function contradictions(profile: PurchaseProfile): LocalizedText[] {
  const found: LocalizedText[] = [];
  if (profile.licencesOnly && profile.platformUse) {
    found.push({
      nb: 'Du har svart både at det bare kjøpes lisenser, og at kunden skal bygge egne løsninger på en skyplattform. Rene lisenser peker mot SSA-Lille sky, plattformbruk mot SSA-Sky; sjekk svarene.',
      nn: 'Du har svart både at det berre blir kjøpt lisensar, og at kunden skal byggje eigne løysingar på ei skyplattform. Reine lisensar peikar mot SSA-Lille sky, plattformbruk mot SSA-Sky; sjekk svara.',
      en: 'You answered both that only licences are bought and that the customer will build its own solutions on a cloud platform. Plain licences point to SSA-Lille sky, platform use to SSA-Sky; check the answers.',
    });
  }
  if (profile.licencesOnly && profile.implementation !== 'none') {
    const amount = IMPLEMENTATION_WORDS[profile.implementation];
    const other = profile.implementation === 'significant' ? 'SSA-Sky' : 'SSA-L';
    found.push({
      nb: `Du har svart at det bare kjøpes lisenser som tas i bruk uten særlig bistand, men også at det trengs ${amount.nb} implementering. Lisenser alene peker mot SSA-Lille sky, implementeringen mot ${other}; sjekk svarene.`,
      nn: `Du har svart at det berre blir kjøpt lisensar som blir tekne i bruk utan særleg hjelp, men òg at det trengst ${amount.nn} implementering. Lisensar åleine peikar mot SSA-Lille sky, implementeringa mot ${other}; sjekk svara.`,
      en: `You answered that only licences are bought, taken into use with little help, but also that ${amount.en} implementation is needed. Licences alone point to SSA-Lille sky, the implementation to ${other}; check the answers.`,
    });
  }
  if (profile.standardService && profile.platformUse) {
    found.push({
      nb: 'Du har svart både at tjenesten er en standardisert tjeneste (SaaS), og at kunden skal bruke en skyplattform (PaaS/IaaS) til egne løsninger. SaaS peker mot SSA-L, plattformbruk mot SSA-Sky; er det to kjøp, kan de trenge hver sin avtale.',
      nn: 'Du har svart både at tenesta er ei standardisert teneste (SaaS), og at kunden skal bruke ei skyplattform (PaaS/IaaS) til eigne løysingar. SaaS peikar mot SSA-L, plattformbruk mot SSA-Sky; er det to kjøp, kan dei trenge kvar sin avtale.',
      en: 'You answered both that the service is a standardised service (SaaS) and that the customer will use a cloud platform (PaaS/IaaS) for its own solutions. SaaS points to SSA-L, platform use to SSA-Sky; if these are two purchases, each may need its own agreement.',
    });
  }
  return found;
}

const DPA_NOTE: LocalizedText = {
  nb: 'Leverandøren skal behandle personopplysninger: inngå en databehandleravtale (GDPR art. 28).',
  nn: 'Leverandøren skal behandle personopplysningar: inngå ein databehandlaravtale (GDPR art. 28).',
  en: 'The supplier will process personal data: enter into a data processing agreement (GDPR art. 28).',
};

function chosenAgreement(profile: PurchaseProfile): AgreementKind {
  if (profile.platformUse || profile.implementation === 'significant') return 'ssa-sky';
  if (profile.licencesOnly || !profile.standardService) return 'ssa-lille-sky';
  return 'ssa-l';
}

/** Why each agreement fits the purchase, or why it was not the one chosen. */
function reasonsFor(
  agreement: AgreementKind,
  chosen: AgreementKind,
  profile: PurchaseProfile,
): LocalizedText[] {
  const significant = profile.implementation === 'significant';
  switch (agreement) {
    case 'ssa-sky':
      if (chosen !== 'ssa-sky') return [NOT_CHOSEN.skyNeither];
      return [
        ...(profile.platformUse ? [REASONS.platform] : []),
        ...(significant ? [REASONS.significant] : []),
      ];
    case 'ssa-l':
      if (chosen === 'ssa-l') return [REASONS.standard];
      if (profile.platformUse || significant) {
        return [
          ...(profile.platformUse ? [NOT_CHOSEN.lPlatform] : []),
          ...(significant ? [NOT_CHOSEN.lSignificant] : []),
        ];
      }
      return [profile.licencesOnly ? NOT_CHOSEN.lLicences : NOT_CHOSEN.lNotStandard];
    case 'ssa-lille-sky':
      if (chosen === 'ssa-lille-sky') {
        if (profile.licencesOnly) return [REASONS.licences];
        return [profile.implementation === 'none' ? REASONS.simple : REASONS.unclear];
      }
      if (chosen === 'ssa-l') return [NOT_CHOSEN.lilleMore];
      return [
        ...(profile.platformUse ? [NOT_CHOSEN.lillePlatform] : []),
        ...(significant ? [NOT_CHOSEN.lilleSignificant] : []),
      ];
  }
}

/**
 * Recommends SSA-L, SSA-Sky or SSA-Lille sky from the purchase profile: why it fits, why each of
 * the other two was not chosen, and which answers contradict each other.
 */
export function recommendAgreement(profile: PurchaseProfile): Recommendation {
  const agreement = chosenAgreement(profile);
  const fits = AGREEMENT_KINDS.map((kind) => ({
    agreement: kind,
    recommended: kind === agreement,
    reasons: reasonsFor(kind, agreement, profile),
  }));
  return {
    agreement,
    reasons: fits.find((fit) => fit.recommended)?.reasons ?? [],
    fits,
    contradictions: contradictions(profile),
    notes: profile.personalData ? [DPA_NOTE] : [],
  };
}
