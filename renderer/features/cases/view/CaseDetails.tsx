import { Box, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../db';
import { textFromIso } from '../../../ui/dates';
import { useMessage } from '../../../ui/use-message';

/** The intake's non-identifying answers, as label–value pairs. */
export function CaseDetails({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const message = useMessage();
  const label = (name: string, code: string) => message(`store.enum.${name}.${code}`);
  const yesNo = (value: boolean) => (value ? t('cases.yes') : t('cases.no'));
  const items: [string, string][] = [
    [t('cases.view.incidentDate'), textFromIso(view.incidentDate)],
    [t('cases.view.context'), label('context', view.context)],
    [
      t('cases.view.survivor'),
      t('cases.view.survivorLine', { sex: label('sex', view.survivor.sex), ageGroup: view.ageGroup }),
    ],
    [t('cases.view.disability'), label('yesNo', view.survivor.disability)],
    ...(view.survivor.ethnicity
      ? [[t('cases.view.ethnicity'), view.survivor.ethnicity] as [string, string]]
      : []),
    [
      t('cases.view.perpetrator'),
      `${label('relationship', view.perpetrator.relationship)} · ${label('sex', view.perpetrator.sex)} · ${
        view.perpetrator.ageGroup === 'unknown' ? label('sex', 'unknown') : view.perpetrator.ageGroup
      }`,
    ],
    [t('cases.view.referralSource'), label('referralSource', view.referralSource)],
    [t('cases.view.soughtHelp'), yesNo(view.soughtHelpFromProvider)],
    ...(view.dvCategories.length > 0
      ? [
          [t('cases.view.dvCategories'), view.dvCategories.map((c) => label('dvCategory', c)).join(', ')] as [
            string,
            string,
          ],
        ]
      : []),
    [
      t('cases.view.consent'),
      [
        `${t('cases.view.consentServices')}: ${yesNo(view.consent.services)}`,
        `${t('cases.view.consentReferral')}: ${yesNo(view.consent.referral)}`,
        `${t('cases.view.consentReporting')}: ${yesNo(view.consent.deidentifiedReporting)}`,
      ].join(' · '),
    ],
  ];
  return (
    <Paper sx={{ p: 2.5 }}>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'minmax(160px, 30%) 1fr', rowGap: 1, columnGap: 2, m: 0 }}
      >
        {items.map(([term, value]) => (
          <Box key={term} sx={{ display: 'contents' }}>
            <Typography component="dt" color="text.secondary">
              {term}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
