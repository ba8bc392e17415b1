import type { Case } from '../case/case-schema';
import type { LocalizedText } from '../errors';

type CloudModel = Case['service']['cloudModel'];

interface Split {
  supplier: LocalizedText[];
  customer: LocalizedText[];
}

const OF_THE_CLOUD: LocalizedText[] = [
  {
    nb: 'Fysisk sikring av datasentre',
    nn: 'Fysisk sikring av datasenter',
    en: 'Physical security of data centres',
  },
  {
    nb: 'Nettverk og infrastruktur',
    nn: 'Nettverk og infrastruktur',
    en: 'Network and infrastructure',
  },
  {
    nb: 'Virtualisering og maskinvare',
    nn: 'Virtualisering og maskinvare',
    en: 'Virtualisation and hardware',
  },
];

// Security *of* the cloud is the supplier's; security *in* the cloud is the customer's. The line
// moves with the service model (DFØ's cloud guidance).
const SPLITS: Record<CloudModel, Split> = {
  iaas: {
    supplier: OF_THE_CLOUD,
    customer: [
      {
        nb: 'Operativsystemer og oppdateringer',
        nn: 'Operativsystem og oppdateringar',
        en: 'Operating systems and patching',
      },
      {
        nb: 'Brannmurer og nettverkskonfigurasjon',
        nn: 'Brannmurar og nettverkskonfigurasjon',
        en: 'Firewalls and network configuration',
      },
      {
        nb: 'Applikasjoner og mellomvare',
        nn: 'Applikasjonar og mellomvare',
        en: 'Applications and middleware',
      },
      {
        nb: 'Data, identiteter og tilganger',
        nn: 'Data, identitetar og tilgangar',
        en: 'Data, identities and access',
      },
    ],
  },
  paas: {
    supplier: [
      ...OF_THE_CLOUD,
      {
        nb: 'Operativsystemer og plattformtjenester',
        nn: 'Operativsystem og plattformtenester',
        en: 'Operating systems and platform services',
      },
    ],
    customer: [
      {
        nb: 'Applikasjonskode og konfigurasjon',
        nn: 'Applikasjonskode og konfigurasjon',
        en: 'Application code and configuration',
      },
      {
        nb: 'Data, identiteter og tilganger',
        nn: 'Data, identitetar og tilgangar',
        en: 'Data, identities and access',
      },
    ],
  },
  saas: {
    supplier: [
      ...OF_THE_CLOUD,
      {
        nb: 'Operativsystemer, plattform og applikasjon',
        nn: 'Operativsystem, plattform og applikasjon',
        en: 'Operating systems, platform and application',
      },
    ],
    customer: [
      {
        nb: 'Kundens data og hvem som får se dem',
        nn: 'Data til kunden og kven som får sjå dei',
        en: "The customer's data and who may see it",
      },
      {
        nb: 'Identiteter og tilganger for egne brukere',
        nn: 'Identitetar og tilgangar for eigne brukarar',
        en: "Identities and access of the customer's users",
      },
      {
        nb: 'Konfigurasjon av tjenesten innenfor det leverandøren tilbyr',
        nn: 'Konfigurasjon av tenesta innanfor det leverandøren tilbyr',
        en: 'Configuration of the service within what the supplier offers',
      },
    ],
  },
};

/** What the supplier and the customer each secure for a service model. */
export function sharedResponsibility(model: CloudModel): Split {
  return SPLITS[model];
}
