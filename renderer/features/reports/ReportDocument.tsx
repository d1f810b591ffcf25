import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PublishedTable } from './report-breakdown';
import type { ReportDoc } from './report-model';

const serif = '"Times New Roman", "Noto Serif", "Noto Sans", serif';
const cell = {
  border: '1px solid #000',
  fontFamily: serif,
  fontSize: '12pt',
  py: 0.75,
  px: 1,
  color: '#000',
};

/** The report as the department expects to read it: A4, serif, title block, table, signature. */
export function ReportDocument({ doc, breakdown }: { doc: ReportDoc; breakdown: PublishedTable }) {
  const { t } = useTranslation();
  const col = (key: 'no' | 'indicator' | 'target' | 'result' | 'detail' | 'ofTarget' | 'notes') =>
    t(`reports.document.col.${key}`);
  return (
    <Box
      data-testid="report-document"
      className="report-sheet"
      sx={{
        bgcolor: '#fff',
        color: '#000',
        fontFamily: serif,
        p: { xs: 2, md: 5 },
        maxWidth: '297mm',
        mx: 'auto',
        boxShadow: 1,
        '& p': { fontFamily: serif },
      }}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: '2fr 3fr', textAlign: 'center', gap: 2 }}>
        <Box>
          <Typography sx={{ fontWeight: 700, fontSize: '12pt' }}>{doc.office}</Typography>
          <Box sx={{ width: 80, borderTop: '1px solid #000', mx: 'auto', my: 0.5 }} />
          <Typography sx={{ fontSize: '12pt' }}>
            {t('reports.document.number', { office: doc.officeShort })}
          </Typography>
        </Box>
        <Box>
          <Typography sx={{ fontWeight: 700, fontSize: '12pt' }}>{t('reports.document.nation')}</Typography>
          <Typography sx={{ fontWeight: 700, fontSize: '13pt' }}>{t('reports.document.motto')}</Typography>
          <Box sx={{ width: 170, borderTop: '1px solid #000', mx: 'auto', my: 0.5 }} />
          <Typography sx={{ fontStyle: 'italic', fontSize: '12pt' }}>{doc.placeDate}</Typography>
        </Box>
      </Box>
      <Box sx={{ textAlign: 'center', my: 3 }}>
        <Typography sx={{ fontWeight: 700, fontSize: '14pt' }}>{doc.heading}</Typography>
        <Typography sx={{ fontWeight: 700, fontSize: '13pt' }}>{doc.subject}</Typography>
        <Typography sx={{ fontWeight: 700, fontSize: '13pt' }}>{doc.period}</Typography>
        <Typography sx={{ fontStyle: 'italic', fontSize: '12pt', mt: 1 }}>{doc.range}</Typography>
        <Typography sx={{ fontSize: '12pt' }}>{doc.unit}</Typography>
      </Box>
      <Typography sx={{ fontWeight: 700, fontSize: '12pt', mb: 1 }}>
        {t('reports.document.tableTitle')}
      </Typography>
      <Table
        size="small"
        sx={{
          borderCollapse: 'collapse',
          // Fixed widths so the indicator's name gets the room and the five rows fit one A4 page.
          tableLayout: 'fixed',
          width: '100%',
          '& th': { ...cell, fontWeight: 700, textAlign: 'center' },
          '& td': cell,
          '@media print': { '& th, & td': { fontSize: '10.5pt', px: 0.5, py: 0.25 } },
        }}
      >
        <colgroup>
          {[5, 37, 9, 10, 11, 10, 18].map((width, i) => (
            <col
              key={['no', 'name', 'target', 'result', 'detail', 'of', 'notes'][i]}
              style={{ width: `${width}%` }}
            />
          ))}
        </colgroup>
        <TableHead>
          <TableRow>
            <TableCell>{col('no')}</TableCell>
            <TableCell>{col('indicator')}</TableCell>
            <TableCell>{col('target')}</TableCell>
            <TableCell>{col('result')}</TableCell>
            <TableCell>{col('detail')}</TableCell>
            <TableCell>{col('ofTarget')}</TableCell>
            <TableCell>{col('notes')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {doc.rows.map((r) => (
            <TableRow key={r.code} data-testid={`report-row-${r.code}`}>
              <TableCell align="center">{r.no}</TableCell>
              <TableCell>{`${r.code}. ${r.name}`}</TableCell>
              <TableCell align="center" sx={{ whiteSpace: 'nowrap' }}>
                {r.target}
              </TableCell>
              <TableCell align="center" sx={{ fontWeight: 700 }}>
                {r.result}
              </TableCell>
              <TableCell align="center">{r.detail}</TableCell>
              <TableCell align="center">{r.ofTarget}</TableCell>
              <TableCell>{r.notes}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography sx={{ fontStyle: 'italic', fontSize: '11pt', mt: 1 }}>{doc.suppressionNote}</Typography>
      <Typography sx={{ fontWeight: 700, fontSize: '12pt', mt: 3, mb: 1 }}>
        {t('reports.breakdown.title')}
      </Typography>
      <Table
        size="small"
        data-testid="report-breakdown"
        aria-label={t('reports.breakdown.title')}
        sx={{
          borderCollapse: 'collapse',
          '& th': { ...cell, fontWeight: 700, textAlign: 'center' },
          '& td': cell,
        }}
      >
        <TableHead>
          <TableRow>
            <TableCell>{t('reports.breakdown.unit')}</TableCell>
            {breakdown.columns.map((c) => (
              <TableCell key={c}>{c}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {breakdown.rows.map((r) => (
            <TableRow key={r.label}>
              <TableCell>{r.label}</TableCell>
              {r.cells.map((v, i) => (
                <TableCell key={breakdown.columns[i] ?? i} align="center">
                  {v}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow>
            <TableCell sx={{ fontWeight: 700 }}>{t('reports.breakdown.totals')}</TableCell>
            {breakdown.totals.map((v, i) => (
              <TableCell key={breakdown.columns[i] ?? i} align="center" sx={{ fontWeight: 700 }}>
                {v}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
      {breakdown.note !== '' && (
        <Typography sx={{ fontStyle: 'italic', fontSize: '11pt', mt: 1 }}>{breakdown.note}</Typography>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', mt: 4, breakInside: 'avoid' }}>
        <Box>
          <Typography sx={{ fontWeight: 700, fontStyle: 'italic', fontSize: '12pt' }}>
            {t('reports.document.recipients')}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-line', fontSize: '11pt' }}>
            {t('reports.document.recipientList')}
          </Typography>
        </Box>
        <Box sx={{ textAlign: 'center' }}>
          <Typography sx={{ fontWeight: 700, fontSize: '12pt' }}>{t('reports.document.signer')}</Typography>
          <Typography sx={{ fontStyle: 'italic', fontSize: '11pt' }}>
            {t('reports.document.signHint')}
          </Typography>
        </Box>
      </Box>
    </Box>
  );
}
