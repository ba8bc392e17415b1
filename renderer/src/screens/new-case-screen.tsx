import { useEffect, useState } from 'react';
import type { AgreementKind } from '../../../electron/core/case/case-schema';
import type { ProcedureOutput } from '../../../electron/shared/api';
import type { Matter } from '../../../electron/shared/library-api';
import { startingCase, type Profile } from '../case/new-case';
import { SelectField, TextField, YesNoField } from '../components/fields';
import { request } from '../request';
import { useAppStore, useT } from '../store/app-store';
import { loadedOutline } from '../store/appendix-store';
import { caseText, useCaseStore } from '../store/case-store';

type Recommendation = ProcedureOutput<'agreement.recommend'>;

const AGREEMENTS: { value: AgreementKind; label: string }[] = [
  { value: 'ssa-l', label: 'SSA-L' },
  { value: 'ssa-sky', label: 'SSA-Sky' },
  { value: 'ssa-lille-sky', label: 'SSA-Lille sky' },
];

/** The agreement questions, the recommended agreement, and a new case from it. */
export function NewCaseScreen() {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const presetMatterId = useAppStore((s) => s.newCaseMatterId);
  const go = useAppStore((s) => s.go);
  const openMatter = useAppStore((s) => s.openMatter);
  const [matters, setMatters] = useState<Matter[]>([]);
  const [matterId, setMatterId] = useState<number | null>(presetMatterId);
  const [profile, setProfile] = useState<Profile>({
    standardService: true,
    implementation: 'none',
    platformUse: false,
    licencesOnly: false,
  });
  const [personalData, setPersonalData] = useState(false);
  const [recommendation, setRecommendation] = useState<Recommendation | null>(null);
  const [agreement, setAgreement] = useState<AgreementKind>('ssa-l');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const list = await request('matters.list', { page: 1, pageSize: 500, status: null });
      if (!list) return;
      setMatters(list.items);
      setMatterId((id) => id ?? list.items[0]?.id ?? null);
    })();
  }, []);

  const matter = matters.find((m) => m.id === matterId) ?? null;
  useEffect(() => {
    if (matter) setTitle((current) => current || matter.name);
  }, [matter]);

  const change = (patch: Partial<Profile>) => {
    setProfile({ ...profile, ...patch });
    setRecommendation(null);
  };

  const yes = t('Ja', 'Yes');
  const no = t('Nei', 'No');

  return (
    <section className="screen" aria-labelledby="new-case-heading">
      <h1 id="new-case-heading">{t('Ny avtale', 'New agreement')}</h1>
      {matters.length === 0 ? (
        <div className="panel">
          <p>
            {t(
              'En avtale hører til en sak. Opprett en sak i biblioteket først.',
              'An agreement belongs to a matter. Create a matter in the library first.',
            )}
          </p>
          <button
            type="button"
            onClick={() => {
              openMatter(null);
            }}
          >
            {t('Gå til biblioteket', 'Go to the library')}
          </button>
        </div>
      ) : (
        <>
          <section className="panel" aria-labelledby="questions-heading">
            <h2 id="questions-heading">{t('Spørsmål om kjøpet', 'About the purchase')}</h2>
            <SelectField
              label={t('Sak', 'Matter')}
              value={String(matterId ?? '')}
              options={matters.map((m) => ({ value: String(m.id), label: m.name }))}
              onChange={(v) => {
                setMatterId(Number(v));
              }}
            />
            <YesNoField
              label={t(
                'Er tjenesten en standardisert tjeneste (standard SaaS)?',
                'Is it a standardised service (standard SaaS)?',
              )}
              yes={yes}
              no={no}
              value={profile.standardService}
              onChange={(v) => {
                change({ standardService: v });
              }}
            />
            <SelectField
              label={t('Hvor mye implementering trengs?', 'How much implementation is needed?')}
              value={profile.implementation}
              options={[
                { value: 'none', label: t('Ingen', 'None') },
                { value: 'limited', label: t('Begrenset', 'Limited') },
                { value: 'significant', label: t('Betydelig', 'Significant') },
              ]}
              onChange={(v) => {
                change({ implementation: v });
              }}
            />
            <YesNoField
              label={t(
                'Skal kunden bruke en skyplattform (PaaS/IaaS) til egne løsninger?',
                'Will the customer use a cloud platform (PaaS/IaaS) for its own solutions?',
              )}
              yes={yes}
              no={no}
              value={profile.platformUse}
              onChange={(v) => {
                change({ platformUse: v });
              }}
            />
            <YesNoField
              label={t('Kjøpes det bare lisenser?', 'Are only licences bought?')}
              yes={yes}
              no={no}
              value={profile.licencesOnly}
              onChange={(v) => {
                change({ licencesOnly: v });
              }}
            />
            <YesNoField
              label={t(
                'Skal leverandøren behandle personopplysninger?',
                'Will the supplier process personal data?',
              )}
              yes={yes}
              no={no}
              value={personalData}
              onChange={(v) => {
                setPersonalData(v);
                setRecommendation(null);
              }}
            />
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                void (async () => {
                  const found = await request('agreement.recommend', {
                    profile,
                    personalData,
                    lang: uiLang,
                  });
                  if (found) {
                    setRecommendation(found);
                    setAgreement(found.agreement);
                  }
                })();
              }}
            >
              {t('Anbefal avtale', 'Recommend an agreement')}
            </button>
          </section>

          {recommendation && (
            <section className="panel recommendation" aria-labelledby="recommendation-heading">
              <h2 id="recommendation-heading">
                {t('Anbefalt avtale', 'Recommended agreement')}: {recommendation.name}
              </h2>
              {recommendation.contradictions.length > 0 && (
                <div className="contradictions">
                  <h3>
                    {t('Svar som peker i ulike retninger', 'Answers that point different ways')}
                  </h3>
                  <ul>
                    {recommendation.contradictions.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                </div>
              )}
              {recommendation.reasons.length > 0 && (
                <>
                  <h3>{t('Begrunnelse', 'Reasons')}</h3>
                  <ul>
                    {recommendation.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </>
              )}
              <h3>{t('De andre avtalene', 'The other agreements')}</h3>
              <ul className="agreement-fits">
                {recommendation.fits
                  .filter((fit) => !fit.recommended)
                  .map((fit) => (
                    <li key={fit.agreement}>
                      <strong>{fit.name}</strong>: {fit.reasons.join(' ')}
                    </li>
                  ))}
              </ul>
              {recommendation.notes.length > 0 && (
                <>
                  <h3>{t('Merknader', 'Notes')}</h3>
                  <ul>
                    {recommendation.notes.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                </>
              )}
              <TextField
                label={t('Avtalens tittel', 'Title of the agreement')}
                value={title}
                onChange={setTitle}
              />
              <SelectField
                label={t('Avtaletype', 'Agreement')}
                value={agreement}
                options={AGREEMENTS}
                onChange={setAgreement}
              />
              <button
                type="button"
                className="button-primary"
                disabled={busy || matterId === null}
                onClick={() => {
                  if (matterId === null) return;
                  setBusy(true);
                  void (async () => {
                    const caseInput = startingCase({
                      outline: loadedOutline(),
                      agreement,
                      profile,
                      personalData,
                      title: title.trim() || (matter?.name ?? 'Ny avtale'),
                      reference: matter?.reference ?? null,
                      customerName: matter?.customer ?? '',
                    });
                    const created = await request('cases.create', {
                      matterId,
                      caseText: caseText(caseInput),
                      label: null,
                    });
                    setBusy(false);
                    if (!created) return;
                    useCaseStore.getState().open({
                      caseInput,
                      caseId: created.case.id,
                      matterId,
                      version: created.version.number,
                    });
                    go('editor');
                  })();
                }}
              >
                {t('Bruk denne', 'Use this one')}
              </button>
            </section>
          )}
        </>
      )}
    </section>
  );
}
